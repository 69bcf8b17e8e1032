"""Questions a native speaker must answer before a translation can be called final.

Issue 14's language review fixed what it could; where the right word needs someone who speaks
the language (and knows the field), the question goes here instead of a guess. Each one becomes a
row of the workbook's translation_status sheet (status "question for a native speaker: ...").
"""

from __future__ import annotations

# (sheet, row, column, language name as in the workbook, question)
QUESTIONS: list[tuple[str, str, str, str, str]] = [
    ("choices", "return_reason/abuse", "label", "Burmese (my)",
     "Was 'အလွဲသုံးစားမှု' (misuse of funds); now 'ညှင်းပန်းနှိပ်စက်ခံရမှု' (ill-treatment). "
     "Does it cover abuse of a person, including sexual and verbal abuse, without sounding like torture only?"),
    ("choices", "worker_category/domestic", "label", "Lao (lo)",
     "Was 'ແມ່ບ້ານ ຫຼື ຄົນງານໃນເຮືອນ' (also 'housewife'); now 'ລູກຈ້າງເຮັດວຽກບ້ານ'. "
     "Is this how a paid domestic worker says it, and is it never heard as a housewife?"),
    ("choices", "worker_category/domestic", "label", "Khmer (km)",
     "Was 'កម្មករតាមផ្ទះ' (may read as home-based worker); now 'អ្នកបម្រើការងារតាមផ្ទះ'. "
     "Does it mean a worker employed in someone else's household?"),
    ("survey", "fl_intro", "label", "Burmese (my)",
     "Broker now 'ပွဲစား' beside 'အေဂျင်စီ'. Is ပွဲစား the word respondents use for an informal "
     "recruitment broker (not a market middleman only)?"),
    ("survey", "fl_debt_bondage", "label", "Thai (th)",
     "'นายจ้าง นายหน้า หรือบริษัทจัดหางาน': does นายหน้า cover the informal village broker?"),
    ("survey", "fl_excessive_overtime", "label", "Filipino (fil)",
     "'lubhang mas mahabang oras' for 'far more hours': does it keep the threshold 'far more', "
     "so a little overtime is not counted?"),
    ("choices", "isced_level", "label", "Filipino (fil)",
     "Graduates of the old four-year high school (before K-12, 2016) have no clear code: is "
     "'high school graduate (old curriculum)' upper secondary (ISCED 3) or lower secondary (ISCED 2) "
     "in the words Filipino respondents use? Decide with the PSA mapping before adding a hint."),
    ("app", "FieldWidget", "pseudonym", "Khmer (km)",
     "The pseudonym was 'ឈ្មោះក្លែងក្លាយ' (a forged name); now 'លេខកូដសម្គាល់អនាមិក' (anonymous "
     "identification code). Is this clear to an enumerator?"),
    ("app", "lintas_fil.ts", "terms", "Filipino (fil)",
     "App terms now imbakan (vault), lihim na parirala (passphrase), susi sa pagbawi (recovery key), "
     "gumagamit (user), tagapanayam (enumerator); 'Draft' kept as the usual loanword. Are these the "
     "words an office in the Philippines would use, or is a loanword (password, user) more usual?"),
    ("app", "lintas_ms.ts", "Rev.", "Malay (ms)",
     "'Rev.' (the record's revision number) was 'Sem.', which collides with 'Semak' (Review); now "
     "'Versi'. Is there a better short column heading?"),
    ("app", "lintas_id.ts", "Void", "Indonesian (id)",
     "Void is now 'anulir / dianulir' (Cancel stays 'Batal'). Is 'anulir' understood by enumerators, "
     "or is 'tidak berlaku' better?"),
]
