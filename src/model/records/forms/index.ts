// The record forms, and which one each profile fills in (standard uses 南陽市's sheet, the only one printed in a document).
import type { ProfileId } from '../../transcript';
import type { RecordForm } from '../form';
import { nanyoSheet } from './nanyo-sheet';
import { okayamaRecord } from './okayama';
import { oshuRenrakuhyo } from './oshu-renrakuhyo';
import { sendaiRecord } from './sendai';
import { yurihonjoRecord } from './yurihonjo';

export const FORMS: Readonly<Record<string, RecordForm>> = Object.fromEntries(
  [nanyoSheet, oshuRenrakuhyo, yurihonjoRecord, sendaiRecord, okayamaRecord].map((f) => [f.id, f]),
);

export const FORM_OF: Readonly<Record<ProfileId, RecordForm>> = {
  oshu: oshuRenrakuhyo,
  nanyo: nanyoSheet,
  yurihonjo: yurihonjoRecord,
  sendai: sendaiRecord,
  okayama: okayamaRecord,
  standard: nanyoSheet,
};
