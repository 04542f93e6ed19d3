"""Screens shown over the editor: dialogs, help, the check's problems, the picker."""
