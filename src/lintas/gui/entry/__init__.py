"""The interview entry view, built in code from the Form model.

It talks to one :class:`lintas.form.Response` only (set, state, add_repeat,
validate, to_json); saving goes through signals to the page that owns the vault.
"""
