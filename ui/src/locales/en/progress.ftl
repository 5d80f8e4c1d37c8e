## Progress: the charts, their summaries and tables, and the ranges.
