// imsmanifest.xml for SCORM 1.2 (IMS Content Packaging 1.1.2 + ADL CAM 1.2): one organization, one item
// and one SCO per scenario, the game's files as one shared asset resource.
import { PASS_MARK } from '../scoring/pass';

export interface ScoEntry {
  /** The scenario id (also in the launch URL). */
  id: string;
  title: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** An xs:ID for the manifest: letters, digits, `_`, `-` and `.`, starting with a letter. */
export function manifestId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

export const LAUNCH_FILE = 'index.html';

/** The manifest of a package with these SCOs, every file of the game (paths relative to the package root) listed. */
export function scormManifest(packageId: string, title: string, scos: ScoEntry[], files: string[]): string {
  const items = scos.map((s) => `      <item identifier="${manifestId('item', s.id)}" identifierref="${manifestId('sco', s.id)}" isvisible="true">
        <title>${escape(s.title)}</title>
        <adlcp:masteryscore>${PASS_MARK}</adlcp:masteryscore>
      </item>`);
  const resources = scos.map((s) => `    <resource identifier="${manifestId('sco', s.id)}" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}?scenario=${encodeURIComponent(s.id)}">
      <file href="${LAUNCH_FILE}"/>
      <dependency identifierref="game_files"/>
    </resource>`);
  const shared = files.filter((f) => f !== LAUNCH_FILE).map((f) => `      <file href="${escape(f)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${manifestId('madoguchi', packageId)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org_madoguchi">
    <organization identifier="org_madoguchi">
      <title>${escape(title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
    <resource identifier="game_files" type="webcontent" adlcp:scormtype="asset">
${shared.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
