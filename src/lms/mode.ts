// Whether this build is the SCORM package (`vite build --mode scorm`), and which scenario a package's SCO launches.

/** True in the package build: no results server exists, so nothing is ever sent to one. */
export const PACKAGED = import.meta.env.MODE === 'scorm';

/** The scenario named by the SCO's launch URL (`index.html?scenario=kosoku`), if any. */
export function launchScenario(search = location.search): string | null {
  return new URLSearchParams(search).get('scenario');
}
