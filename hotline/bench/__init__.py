"""`hotline bench`: how many people one hotline process serves, measured on this machine.

Rule: every part is bounded in count and time, stops by itself, and only ever talks to
127.0.0.1. Speed goals are checked here, by a command a person runs, never by timed tests.

    e2e.py      the real PTB Application of the hotline against the local Bot API stand-in,
                next to a bare PTB echo bot under the same load
    storage.py  state read-and-write, reminder sweep, /queue and memory with a large database
    datagen.py  fills a database with many users, cases and reminders, fast
    report.py   one table and one JSON summary for all parts, with the targets
"""
