# ruff: noqa: E501 - the form is a table; its rows stay whole to stay readable
"""A small built-in survey for the demo vault, used when the standard ASEAN form is absent.

It is an XLSForm in pyxform's markdown layout (lintas.form reads it like a
workbook), kept short but touching every kind of question the entry view
draws: a field-list group, a skip, a constraint, a long type-ahead list, a
repeat, an identifier that is never stored, a note and an acknowledgement.
"""

from __future__ import annotations

DEMO_FORM_ID = "lintas_demo_survey"

DEMO_FORM = """
| survey |
| | type | name | label::English (en) | label::Thai (th) | label::Burmese (my) | required | relevant | constraint | constraint_message::English (en) | constraint_message::Thai (th) | constraint_message::Burmese (my) | appearance | privacy |
| | begin group | worker | The worker | ผู้ใช้แรงงาน | အလုပ်သမား | | | | | | | field-list | |
| | text | full_name | Full name (not stored) | ชื่อเต็ม (ไม่บันทึก) | အမည်အပြည့်အစုံ (မသိမ်းဆည်းပါ) | | | | | | | | identifier |
| | select_one sex | sex | Sex | เพศ | ကျား/မ | yes | | | | | | | quasi |
| | integer | age | Age in years | อายุ (ปี) | အသက် (နှစ်) | yes | | . >= 15 and . <= 80 | Age must be between 15 and 80. | อายุต้องอยู่ระหว่าง 15 ถึง 80 ปี | အသက်သည် ၁၅ နှင့် ၈၀ ကြား ဖြစ်ရမည်။ | | quasi |
| | select_one country | citizenship | Citizenship | สัญชาติ | နိုင်ငံသား | yes | | | | | | | quasi |
| | end group | | | | | | | | | | | | |
| | begin group | work | Work abroad | การทำงานในต่างประเทศ | နိုင်ငံခြားတွင် အလုပ်လုပ်ခြင်း | | | | | | | | |
| | select_one yes_no | worked_abroad | Has the worker worked abroad before? | เคยทำงานในต่างประเทศหรือไม่ | ယခင်က နိုင်ငံခြားတွင် အလုပ်လုပ်ဖူးပါသလား | yes | | | | | | | |
| | select_one country | destination | Country of the last job abroad | ประเทศที่ทำงานครั้งล่าสุด | နောက်ဆုံးအလုပ်လုပ်ခဲ့သည့်နိုင်ငံ | yes | ${worked_abroad} = 'yes' | | | | | | |
| | select_one sector | sector | Sector of work | ภาคการทำงาน | အလုပ်ကဏ္ဍ | | ${worked_abroad} = 'yes' | | | | | | |
| | select_multiple problems | problems | Problems met (all that apply) | ปัญหาที่พบ (ตอบได้หลายข้อ) | ကြုံတွေ့ခဲ့သော ပြဿနာများ | | ${worked_abroad} = 'yes' | | | | | | sensitive |
| | date | departure | Date of departure | วันที่เดินทางออก | ထွက်ခွာသည့်ရက် | | | | | | | | |
| | end group | | | | | | | | | | | | |
| | begin repeat | child | Children | บุตร | ကလေးများ | | | | | | | | |
| | integer | child_age | Age of the child | อายุของบุตร | ကလေး၏အသက် | yes | | . >= 0 and . < 30 | A child's age is between 0 and 29. | อายุบุตรต้องอยู่ระหว่าง 0 ถึง 29 ปี | ကလေး၏အသက်သည် ၀ မှ ၂၉ ကြား ဖြစ်ရမည်။ | | |
| | select_one yes_no | child_school | Does the child go to school? | บุตรไปโรงเรียนหรือไม่ | ကလေး ကျောင်းတက်ပါသလား | | ${child_age} >= 5 | | | | | | |
| | end repeat | | | | | | | | | | | | |
| | note | thanks | Thank the worker. Nothing they said identifies them. | ขอบคุณผู้ให้ข้อมูล | ဖြေဆိုသူကို ကျေးဇူးတင်ပါ။ | | | | | | | | |
| | acknowledge | consent_kept | The worker agreed to this interview. | ผู้ให้ข้อมูลยินยอม | ဖြေဆိုသူ သဘောတူပါသည်။ | yes | | | | | | | |

| choices |
| | list_name | name | label::English (en) | label::Thai (th) | label::Burmese (my) |
| | sex | female | Female | หญิง | မ |
| | sex | male | Male | ชาย | ကျား |
| | sex | other | Other / not said | อื่น ๆ / ไม่ระบุ | အခြား / မပြော |
| | yes_no | yes | Yes | ใช่ | ဟုတ် |
| | yes_no | no | No | ไม่ใช่ | မဟုတ် |
| | sector | domestic | Domestic work | งานบ้าน | အိမ်အကူ |
| | sector | fishing | Fishing | ประมง | ငါးဖမ်း |
| | sector | construction | Construction | ก่อสร้าง | ဆောက်လုပ်ရေး |
| | sector | factory | Factory | โรงงาน | စက်ရုံ |
| | sector | farm | Agriculture | เกษตรกรรม | စိုက်ပျိုးရေး |
| | problems | wages | Unpaid wages | ไม่ได้รับค่าจ้าง | လုပ်ခမရ |
| | problems | documents | Documents kept by employer | นายจ้างยึดเอกสาร | စာရွက်စာတမ်း သိမ်းထား |
| | problems | debt | Recruitment debt | หนี้ค่านายหน้า | အကျွေး |
| | problems | hours | Excessive hours | ทำงานเกินเวลา | အချိန်ပို |
| | country | BRN | Brunei Darussalam | บรูไนดารุสซาลาม | ဘရူနိုင်း |
| | country | KHM | Cambodia | กัมพูชา | ကမ္ဘောဒီးယား |
| | country | IDN | Indonesia | อินโดนีเซีย | အင်ဒိုနီးရှား |
| | country | LAO | Lao PDR | ลาว | လာအို |
| | country | MYS | Malaysia | มาเลเซีย | မလေးရှား |
| | country | MMR | Myanmar | เมียนมา | မြန်မာ |
| | country | PHL | Philippines | ฟิลิปปินส์ | ဖိလစ်ပိုင် |
| | country | SGP | Singapore | สิงคโปร์ | စင်္ကာပူ |
| | country | THA | Thailand | ไทย | ထိုင်း |
| | country | TLS | Timor-Leste | ติมอร์-เลสเต | အရှေ့တီမော |
| | country | VNM | Viet Nam | เวียดนาม | ဗီယက်နမ် |
| | country | CHN | China | จีน | တရုတ် |
| | country | HKG | Hong Kong, China | ฮ่องกง | ဟောင်ကောင် |
| | country | JPN | Japan | ญี่ปุ่น | ဂျပန် |
| | country | KOR | Republic of Korea | เกาหลีใต้ | တောင်ကိုရီးယား |
| | country | TWN | Taiwan, China | ไต้หวัน | ထိုင်ဝမ် |
| | country | SAU | Saudi Arabia | ซาอุดีอาระเบีย | ဆော်ဒီအာရေဗျ |
| | country | ARE | United Arab Emirates | สหรัฐอาหรับเอมิเรตส์ | အာရပ်စော်ဘွားများ |
| | country | OTH | Other country | ประเทศอื่น | အခြားနိုင်ငံ |

| settings |
| | form_id | version | form_title | default_language |
| | lintas_demo_survey | 2026112701 | Lintas demo survey | English (en) |
"""


def demo_form_bytes() -> bytes:
    return DEMO_FORM.encode("utf-8")
