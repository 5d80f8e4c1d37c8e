# Clinician mode: the plan builder a physiotherapist uses to write a plan file.

builder-title = Build a plan file
