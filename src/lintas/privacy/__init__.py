"""Privacy: keyed pseudonyms, free-text identifier guards, statistical disclosure control.

See docs/privacy.md. Public API (modules are imported where used, so that the
pure parts stay light)::

    # pseudonyms and the regional key (pure)
    keys.RegionalKey.generate(label) / .to_bytes() / .from_bytes(b) / .write(p) / .read(p)
    pseudonyms.normalise_identifier(text) -> str
    pseudonyms.pseudonymise(value, key) -> "psn1:…";  pseudonymise_answers(answers, key)
    # free text (pure)
    freetext.find_identifiers(text) -> [Finding(kind, start, end)];  redact(text, findings)
    zawgyi.is_zawgyi(text);  zawgyi_to_unicode(text);  to_unicode_if_zawgyi(text)
    # disclosure control (pure; the export calls these)
    equivalence.k_anonymity / l_diversity / individual_risk / records_at_risk
    policy.DisclosurePolicy(level, quasi, sensitive, recoding) / .for_form(form, level)
    anonymise.anonymise(records, policy) -> AnonymisedData(.records(), .report)
    anonymise.assess(records, policy) -> DisclosureReport
    anonymise.anonymise_columns(columns, policy) -> ProtectedColumns(.columns, .removed, .report)
        (columns: question -> list of values or a DataFrame's numpy column)
    suppression.suppress_columns(columns, k) / suppress_codes(codes, sizes, k) -> LocalSuppression
    recoding.RULES;  topcoding.top_code(values, groups, quantile=0.99)
    tables.suppress_table(counts, sensitive=False) -> SuppressedTable;  tables.audit(...)
    # with a vault and a form
    regional.regional_key(vault) / import_regional_key(vault, key) / export_regional_key_file
    entry.check_text(response) -> [TextWarning];  entry.fix_text(response, warning)
    entry.save_response(vault, response, status=, uuid=, override=) -> SaveOutcome
    report.privacy_report(vault, form_id, level) -> PrivacyReport

Errors are in :mod:`lintas.privacy.errors`.
"""
