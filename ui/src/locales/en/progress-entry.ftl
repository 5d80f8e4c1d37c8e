## Adding to the record: the pain diary's extra questions, walking minutes,
## PSFS activities and ODI/RMDQ totals.
