"""The use-case layer: what drafter does, called by both front ends.

Conventions, which every module here keeps:

- One module per verb (``sign``, ``publish``, ``fmt``...), named after it; its
  main function has the verb's name too (``drafter.actions.sign.sign``).
- Plain values in (paths, dates, names, enums from drafter.model), plain results
  out (frozen dataclasses), never an ``argparse.Namespace`` or a widget.
- Problems are typed errors from drafter.errors with structured fields (which
  field, which role, which file), so that each front end words its own hint: the
  CLI names its option, the editor its key or button.
- No printing, no Textual, no reading of ``sys.argv`` or the terminal: warnings
  (such as comments a save drops) come back in the result for the caller to show.
- A verb that changes a draft on disk goes through ``drafter.actions.change``,
  the one read, change, save path.

Layers, one way: model <- store <- render, importers, review, workflow, git,
spelling, check, portfolio, profile <- actions <- cli, tui.
"""
