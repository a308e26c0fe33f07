/**
 * The CSV export's progress, result and failure texts.
 */
export const exportMessages = {
  'export.exporting': 'Exporting…',
  'export.progressLabel': 'Export progress',
  'export.progress': '{total, plural, one {{rows} of # row} other {{rows} of # rows}}',
  'export.progressApprox': '{rows} of {total}+ rows',
  'export.progressUnknown': '{count, plural, one {# row} other {# rows}}',
  'export.cancel': 'Cancel',
  'export.cancelled': 'Export cancelled',
  'export.failed': 'The export stopped after {count, plural, one {# row} other {# rows}}. {error} Retry goes on from there.',
  'export.done': '{count, plural, one {Exported # row} other {Exported # rows}}',
  'export.downloadAgain': 'Download again',
}
