"""Built-in repetition rules, one per file (<CODE>.py); helpers several of them use are in _shared.py.

RP: repetition left behind by machine translation, spinning and careless editing.

Vale, proselint and write-good stop their repeated-word checks at the comma;
"fever, fever, fever" is exactly what translated health copy produces, so
RP101 looks through commas. Legitimate repeats ("had had", "that that",
"Bora Bora", "in in vitro") are the majority of raw matches in real news, so
each is handled explicitly."""
