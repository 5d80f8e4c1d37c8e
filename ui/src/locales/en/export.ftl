## Export: the report, spreadsheets (CSV), the FHIR file, backup and restore,
## and review mode (a physiotherapist reading a patient's backup).
## A button that opens the computer's own file window ends with "…".
## (export-title lives in relief-window.ftl.)

export-intro = Save your records in a file, to share or to keep. Nothing is sent anywhere: you choose where each file goes, and you are asked before a file is replaced.
export-loading = Loading…
# $path (text): where the file was saved, in full
export-saved = Saved: { $path }
export-date-invalid = That date does not exist. Please check the day, month and year.

## The report
export-report-title = Report for your physiotherapist
export-report-about = A short PDF your physiotherapist can read in a minute: your pain, your exercise and your measures over the dates you choose.
export-dates-legend = Which dates
export-dates-procedure = Since your procedure
export-dates-3m = Last 3 months
export-dates-12m = Last 12 months
export-dates-all = All your records
export-dates-all-review = All the records in the file
export-dates-custom = Choose dates
export-from = From
export-from-hint = Leave empty to start from the first record.
export-to = To
export-to-hint = Leave empty to end today.
export-name = Your name (optional)
export-name-hint = Printed on the report only if you fill it in.
export-birth-date = Date of birth (optional)
export-birth-date-hint = Printed on the report only if you fill it in.
export-paper-legend = Paper size
export-paper-a4 = A4
export-paper-letter = Letter (US)
export-report-save = Save the report…

## The dates the spreadsheets and the FHIR file cover, as a phrase ($dates below)
# $date (text): the procedure's date, spelt out
export-period-procedure = since your procedure on { $date }
export-period-3m = the last 3 months
export-period-12m = the last 12 months
export-period-all = all the records
# $from, $to (text): dates, spelt out
export-period-between = from { $from } to { $to }
export-period-from = from { $from } to today
export-period-until = from the first record to { $to }
export-period-unclear = the dates you choose above

## Spreadsheets and FHIR
export-csv-title = Your records as spreadsheets (CSV)
# $dates (text): one of the export-period phrases
export-csv-about = Your records as CSV files, in one zip file, for a spreadsheet program such as LibreOffice Calc or Microsoft Excel. They cover the same dates as the report: { $dates }.
export-csv-about-review = The patient's records as CSV files, in one zip file, for a spreadsheet program. They cover the same dates as the report: { $dates }.
export-csv-save = Save CSV files…
export-fhir-title = For your clinic's records system (FHIR)
# $dates (text): one of the export-period phrases
export-fhir-about = FHIR is a standard kind of file that many clinics' record systems can read: ask your clinic whether they would like it. It covers the same dates as the report ({ $dates }), with the name and date of birth above only if you filled them in.
export-fhir-save = Save a FHIR file…

## Backup and restore
export-backup-title = Backup and restore
export-backup-about = A backup is a copy of everything in your journal. Keep it somewhere safe, such as a USB stick: it moves your records to a new computer, or brings them back.
export-backup-save = Save a backup…
export-restore-about = Restoring brings records back from a backup. You will see what is in the file before anything changes.
export-restore-open = Restore from a backup…

## The restore preview
restore-title = Before you restore
restore-file = File
restore-table-caption = Records in the backup and in your journal
restore-col-kind = Records
restore-col-in-file = In the backup
restore-col-new = New if added
restore-col-in-journal = In your journal now
restore-kind-procedures = Procedures
restore-kind-pain = Pain entries
restore-kind-sessions = Exercise sessions
restore-kind-plans = Exercise plans
restore-kind-walking = Days of walking
restore-kind-measures = Measures (PSFS, ODI, RMDQ)
restore-kind-reminders = Reminders
restore-choice-legend = What should happen?
restore-merge = Add what is new (keep everything you have)
restore-replace = Replace your journal with the backup
restore-merge-about = Records in the backup that your journal does not have yet are added. Nothing in your journal is changed or taken away.
restore-replace-warning = Your journal will then hold exactly what the backup holds, and anything that is not in the backup goes from it. Your journal as it is now is saved first, automatically, so it can be brought back.
restore-confirm = Restore
restore-working = Restoring…
restore-cancel = Cancel
# $records (number), $backupFile (text): the automatic copy made just before
restore-done = Restored: { $records ->
    [one] 1 record
   *[other] { $records } records
  }. Your journal as it was is saved as { $backupFile }.
restore-preferences-pending = The settings from the backup could not be saved just now. Relief Window will save them the next time it starts.
restore-cancelled = Nothing was restored. Your journal is as it was.

## Review mode (clinician mode only)
export-review-title = Review a patient's file (for physiotherapists)
export-review-about = Open a backup a patient gave you, to see their progress and make their report. It opens read-only: their file and your own journal are never changed.
export-review-open = Open a patient's backup to review…
# $fileName (text)
export-review-note = You are reviewing { $fileName }. The report, the spreadsheets and the FHIR file below are made from that file. Backup and restore are for your own journal only.
export-report-title-review = Report from the patient's file
export-report-about-review = A short PDF made from the file you are reviewing, for the dates you choose.
export-csv-title-review = The patient's records as spreadsheets (CSV)
export-fhir-title-review = The patient's records for a records system (FHIR)
export-backup-title-review = Backup and restore of your own journal
export-name-review = The patient's name (optional)
export-birth-date-review = The patient's date of birth (optional)
review-banner-label = Review of a patient's file
# $fileName (text)
review-banner = Reviewing { $fileName } — read-only: Progress and Export show this file. Your own journal is not changed.
review-close = Close review
# $fileName (text)
review-progress-title = Progress: { $fileName }
review-progress-intro = The records in the file you are reviewing, drawn as the app draws anyone's. It is read-only: nothing here can be changed.
review-progress-empty = Nothing is recorded in this file for this time.
