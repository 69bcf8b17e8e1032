"""Building blocks of the survey source: languages, multilingual text, sheet rows.

The survey itself is in ``survey_rows.py``; ``forms/build_survey.py`` turns it
into the XLSForm workbook and its text rendering. This is plain Python data so
that a reviewer reads one question, with every language, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# (ISO 639 code, XLSForm language column name). English is the reference text.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English (en)"),
    ("th", "Thai (th)"),
    ("km", "Khmer (km)"),
    ("lo", "Lao (lo)"),
    ("my", "Burmese (my)"),
    ("vi", "Vietnamese (vi)"),
    ("id", "Indonesian (id)"),
    ("ms", "Malay (ms)"),
    ("fil", "Filipino (fil)"),
)
LANGUAGE_CODES = tuple(code for code, _ in LANGUAGES)


@dataclass(frozen=True)
class T:
    """One text in every instrument language, given in LANGUAGES order."""

    en: str
    th: str
    km: str
    lo: str
    my: str
    vi: str
    id: str
    ms: str
    fil: str

    def get(self, code: str) -> str:
        return str(getattr(self, code))


@dataclass(frozen=True)
class Row:
    """One survey-sheet row. Empty strings are left out of the workbook."""

    type: str
    name: str
    label: T | None = None
    hint: T | None = None
    required: str = ""
    required_message: T | None = None
    relevant: str = ""
    constraint: str = ""
    constraint_message: T | None = None
    calculation: str = ""
    default: str = ""
    choice_filter: str = ""
    appearance: str = ""
    privacy: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def list_name(self) -> str:
        """The choice list of a select (``select_one country`` -> ``country``)."""
        parts = self.type.split()
        return parts[1] if len(parts) == 2 and parts[0].startswith("select_") else ""


REQUIRED = T(
    en="An answer is needed before you can go on.",
    th="ต้องตอบคำถามนี้ก่อนจึงจะไปต่อได้",
    km="ត្រូវការចម្លើយ មុននឹងបន្តទៅមុខ។",
    lo="ຕ້ອງຕອບຄຳຖາມນີ້ກ່ອນຈຶ່ງຈະໄປຕໍ່ໄດ້.",
    my="ဆက်သွားရန် အဖြေ လိုအပ်ပါသည်။",
    vi="Cần có câu trả lời trước khi tiếp tục.",
    id="Pertanyaan ini harus dijawab sebelum melanjutkan.",
    ms="Jawapan diperlukan sebelum meneruskan.",
    fil="Kailangan ng sagot bago magpatuloy.",
)

NOT_NEGATIVE = T(
    en="An amount cannot be negative. Enter 0 if nothing was paid.",
    th="จำนวนเงินต้องไม่ติดลบ ใส่ 0 หากไม่ได้จ่าย",
    km="ចំនួនទឹកប្រាក់មិនអាចអវិជ្ជមានបានទេ។ បញ្ចូល 0 ប្រសិនបើមិនបានបង់អ្វីទេ។",
    lo="ຈຳນວນເງິນບໍ່ສາມາດຕິດລົບໄດ້. ໃສ່ 0 ຖ້າບໍ່ໄດ້ຈ່າຍ.",
    my="ငွေပမာဏသည် အနုတ် မဖြစ်ရပါ။ ဘာမျှ မပေးရလျှင် 0 ထည့်ပါ။",
    vi="Số tiền không được âm. Nhập 0 nếu không phải trả gì.",
    id="Jumlah tidak boleh negatif. Isi 0 jika tidak membayar apa pun.",
    ms="Jumlah tidak boleh negatif. Masukkan 0 jika tiada bayaran.",
    fil="Hindi maaaring negatibo ang halaga. Ilagay ang 0 kung walang binayaran.",
)

AMOUNT_HINT = T(
    en="In the currency chosen above. Enter 0 if nothing was paid; leave blank if not known.",
    th="เป็นสกุลเงินที่เลือกไว้ข้างต้น ใส่ 0 หากไม่ได้จ่าย เว้นว่างไว้หากไม่ทราบ",
    km="ជារូបិយប័ណ្ណដែលបានជ្រើសខាងលើ។ បញ្ចូល 0 ប្រសិនបើមិនបានបង់ ទុកទំនេរប្រសិនបើមិនដឹង។",
    lo="ເປັນສະກຸນເງິນທີ່ເລືອກໄວ້ຂ້າງເທິງ. ໃສ່ 0 ຖ້າບໍ່ໄດ້ຈ່າຍ, ປະຫວ່າງໄວ້ຖ້າບໍ່ຮູ້.",
    my="အထက်တွင် ရွေးထားသော ငွေကြေးဖြင့်။ ဘာမျှ မပေးရလျှင် 0 ထည့်ပါ၊ မသိလျှင် ကွက်လပ် ထားပါ။",
    vi="Theo loại tiền đã chọn ở trên. Nhập 0 nếu không trả gì; để trống nếu không biết.",
    id="Dalam mata uang yang dipilih di atas. Isi 0 jika tidak membayar; kosongkan jika tidak tahu.",
    ms="Dalam mata wang yang dipilih di atas. Masukkan 0 jika tiada bayaran; biarkan kosong jika tidak tahu.",
    fil="Sa perang pinili sa itaas. Ilagay ang 0 kung walang binayaran; iwanang blangko kung hindi alam.",
)

CONSENTED = "${consent} = 'yes'"
ADULT = "${age_group} = '18_plus'"
MINOR = "${age_group} = 'under_18'"
WORKED_ABROAD = "(${flow_type} = 'inbound' or ${flow_type} = 'return')"
THIS_YEAR = "number(format-date(today(), '%Y'))"


def q(type_: str, name: str, label: T, **columns: object) -> Row:
    """A question; ``required="yes"`` also sets the shared required message."""
    if columns.get("required") and "required_message" not in columns:
        columns["required_message"] = REQUIRED
    return Row(type_, name, label, **columns)  # type: ignore[arg-type]


def begin(name: str, label: T, relevant: str = "") -> Row:
    return Row("begin_group", name, label, relevant=relevant)


def end() -> Row:
    return Row("end_group", "")
