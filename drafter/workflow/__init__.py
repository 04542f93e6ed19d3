"""A draft's workflow: signing it off (signoff) and recording its publication (publishing).

The rules live here, on Draft values; reading and saving the file is the use-case
layer's part (drafter.actions), wording a refusal the front end's.
"""
