"""Section 3: recruitment channel, itemised costs and loans (SDG 10.7.1).

SDG 10.7.1 divides the recruitment cost a worker paid by their monthly earnings
in the destination. Costs are asked item by item (STANDARDS.md) in one ISO 4217
currency. Respondents under 18 are not asked about costs or loans (child-protection path).
"""

from __future__ import annotations

from survey_common import ADULT, AMOUNT_HINT, CONSENTED, NOT_NEGATIVE, T, begin, end, q

PAID = "${paid_recruitment_costs} = 'yes'"

COST_ITEMS = (
    (
        "cost_agency_fee",
        T(
            en="Recruitment agency or broker fees",
            th="ค่าบริการบริษัทจัดหางานหรือนายหน้า",
            km="ថ្លៃសេវាទីភ្នាក់ងារជ្រើសរើស ឬមេខ្យល់",
            lo="ຄ່າບໍລິການບໍລິສັດຈັດຫາງານ ຫຼື ນາຍໜ້າ",
            my="အလုပ်အကိုင် အေဂျင်စီ သို့မဟုတ် ပွဲစား ခ",
            vi="Phí công ty môi giới hoặc người môi giới",
            id="Biaya perusahaan penempatan atau calo",
            ms="Yuran agensi pengambilan atau ejen",
            fil="Bayad sa ahensya o broker",
        ),
    ),
    (
        "cost_documents",
        T(
            en="Passport, visa and permit fees",
            th="ค่าหนังสือเดินทาง วีซ่า และใบอนุญาต",
            km="ថ្លៃលិខិតឆ្លងដែន ទិដ្ឋាការ និងលិខិតអនុញ្ញាត",
            lo="ຄ່າໜັງສືຜ່ານແດນ, ວີຊາ ແລະ ໃບອະນຸຍາດ",
            my="နိုင်ငံကူးလက်မှတ်၊ ဗီဇာနှင့် ပါမစ် ခ",
            vi="Phí hộ chiếu, thị thực và giấy phép",
            id="Biaya paspor, visa dan izin",
            ms="Yuran pasport, visa dan permit",
            fil="Bayad sa pasaporte, visa at permit",
        ),
    ),
    (
        "cost_medical",
        T(
            en="Medical check",
            th="ค่าตรวจสุขภาพ",
            km="ការពិនិត្យសុខភាព",
            lo="ຄ່າກວດສຸຂະພາບ",
            my="ဆေးစစ်ခ",
            vi="Khám sức khỏe",
            id="Pemeriksaan kesehatan",
            ms="Pemeriksaan perubatan",
            fil="Medical check",
        ),
    ),
    (
        "cost_training",
        T(
            en="Training and language courses",
            th="ค่าฝึกอบรมและเรียนภาษา",
            km="វគ្គបណ្តុះបណ្តាល និងភាសា",
            lo="ຄ່າຝຶກອົບຮົມ ແລະ ຮຽນພາສາ",
            my="သင်တန်းနှင့် ဘာသာစကား သင်တန်း ခ",
            vi="Đào tạo và học ngoại ngữ",
            id="Pelatihan dan kursus bahasa",
            ms="Latihan dan kursus bahasa",
            fil="Pagsasanay at kurso sa wika",
        ),
    ),
    (
        "cost_transport",
        T(
            en="Travel to the place of work",
            th="ค่าเดินทางไปยังที่ทำงาน",
            km="ការធ្វើដំណើរទៅកន្លែងធ្វើការ",
            lo="ຄ່າເດີນທາງໄປບ່ອນເຮັດວຽກ",
            my="အလုပ်နေရာသို့ ခရီးစရိတ်",
            vi="Đi lại đến nơi làm việc",
            id="Perjalanan ke tempat kerja",
            ms="Perjalanan ke tempat kerja",
            fil="Pamasahe papunta sa lugar ng trabaho",
        ),
    ),
    (
        "cost_informal",
        T(
            en="Informal payments (bribes, tea money)",
            th="ค่าใช้จ่ายนอกระบบ (สินบน ค่าน้ำร้อนน้ำชา)",
            km="ការបង់ប្រាក់ក្រៅផ្លូវការ (សំណូក លុយតែ)",
            lo="ຄ່າໃຊ້ຈ່າຍນອກລະບົບ (ສິນບົນ)",
            my="တရားမဝင် ပေးချေမှု (လာဘ်၊ လက်ဖက်ရည်ဖိုး)",
            vi="Khoản chi không chính thức (hối lộ, tiền trà nước)",
            id="Pembayaran tidak resmi (suap, uang pelicin)",
            ms="Bayaran tidak rasmi (rasuah, duit kopi)",
            fil="Impormal na bayad (suhol, lagay)",
        ),
    ),
)

ITEM_NAMES = tuple(name for name, _ in COST_ITEMS)
ANY_ITEM = " or ".join(f"${{{name}}} != ''" for name in ITEM_NAMES)
ITEM_SUM = " + ".join(f"coalesce(${{{name}}}, 0)" for name in ITEM_NAMES)

ROWS = [
    begin(
        "recruitment",
        T(
            en="Recruitment",
            th="การจัดหางาน",
            km="ការជ្រើសរើសពលករ",
            lo="ການຈັດຫາງານ",
            my="အလုပ်ခန့်ထားရေး",
            vi="Tuyển dụng",
            id="Perekrutan",
            ms="Pengambilan",
            fil="Rekrutment",
        ),
        relevant=CONSENTED,
    ),
    q(
        "select_one recruitment_channel",
        "recruitment_channel",
        T(
            en="Who arranged this job or journey for you?",
            th="ใครเป็นผู้จัดหางานหรือการเดินทางครั้งนี้ให้ท่าน",
            km="តើនរណាជាអ្នករៀបចំការងារ ឬដំណើរនេះឱ្យអ្នក?",
            lo="ໃຜເປັນຜູ້ຈັດຫາວຽກ ຫຼື ການເດີນທາງຄັ້ງນີ້ໃຫ້ທ່ານ?",
            my="ဤအလုပ် သို့မဟုတ် ခရီးကို သင့်အတွက် မည်သူ စီစဉ်ပေးခဲ့ပါသလဲ။",
            vi="Ai đã sắp xếp công việc hoặc chuyến đi này cho bạn?",
            id="Siapa yang mengatur pekerjaan atau perjalanan ini untuk Anda?",
            ms="Siapakah yang menguruskan pekerjaan atau perjalanan ini untuk anda?",
            fil="Sino ang nag-ayos ng trabaho o paglalakbay na ito para sa inyo?",
        ),
        required="yes",
    ),
    begin(
        "recruitment_costs",
        T(
            en="Recruitment costs",
            th="ค่าใช้จ่ายในการจัดหางาน",
            km="ថ្លៃចំណាយលើការជ្រើសរើស",
            lo="ຄ່າໃຊ້ຈ່າຍໃນການຈັດຫາງານ",
            my="အလုပ်ခန့်ထားရေး ကုန်ကျစရိတ်",
            vi="Chi phí tuyển dụng",
            id="Biaya perekrutan",
            ms="Kos pengambilan",
            fil="Gastos sa rekrutment",
        ),
        relevant=ADULT,
    ),
    q(
        "select_one yes_no_dk",
        "paid_recruitment_costs",
        T(
            en="Did you pay anything yourself to get this job or to migrate?",
            th="ท่านต้องจ่ายเงินเองเพื่อให้ได้งานนี้หรือเพื่อย้ายถิ่นหรือไม่",
            km="តើអ្នកបានបង់ប្រាក់ដោយខ្លួនឯង ដើម្បីទទួលបានការងារនេះ ឬដើម្បីធ្វើចំណាកស្រុកទេ?",
            lo="ທ່ານໄດ້ຈ່າຍເງິນເອງເພື່ອໃຫ້ໄດ້ວຽກນີ້ ຫຼື ເພື່ອເຄື່ອນຍ້າຍບໍ່?",
            my="ဤအလုပ်ရရန် သို့မဟုတ် ရွှေ့ပြောင်းရန် သင်ကိုယ်တိုင် ငွေ ပေးခဲ့ရပါသလား။",
            vi="Bạn có tự trả tiền để có công việc này hoặc để đi làm việc không?",
            id="Apakah Anda sendiri membayar sesuatu untuk mendapatkan pekerjaan ini atau untuk bermigrasi?",
            ms="Adakah anda sendiri membayar apa-apa untuk mendapatkan pekerjaan ini atau untuk berhijrah?",
            fil="Nagbayad ba kayo mismo para makuha ang trabahong ito o para makapangibang-bansa?",
        ),
        hint=T(
            en="Fees, documents, medical check, training, travel, informal payments.",
            th="ค่าบริการ เอกสาร ตรวจสุขภาพ ฝึกอบรม การเดินทาง ค่าใช้จ่ายนอกระบบ",
            km="ថ្លៃសេវា ឯកសារ ពិនិត្យសុខភាព បណ្តុះបណ្តាល ការធ្វើដំណើរ ការបង់ក្រៅផ្លូវការ។",
            lo="ຄ່າບໍລິການ, ເອກະສານ, ກວດສຸຂະພາບ, ຝຶກອົບຮົມ, ການເດີນທາງ, ຄ່າໃຊ້ຈ່າຍນອກລະບົບ.",
            my="ဝန်ဆောင်ခ၊ စာရွက်စာတမ်း၊ ဆေးစစ်၊ သင်တန်း၊ ခရီးစရိတ်၊ တရားမဝင် ပေးချေမှု။",
            vi="Phí dịch vụ, giấy tờ, khám sức khỏe, đào tạo, đi lại, khoản chi không chính thức.",
            id="Biaya jasa, dokumen, pemeriksaan kesehatan, pelatihan, perjalanan, pembayaran tidak resmi.",
            ms="Yuran, dokumen, pemeriksaan perubatan, latihan, perjalanan, bayaran tidak rasmi.",
            fil="Bayad, dokumento, medical, pagsasanay, pamasahe, impormal na bayad.",
        ),
        required="yes",
        privacy="sensitive",
    ),
    q(
        "select_one currency",
        "cost_currency",
        T(
            en="In which currency did you pay most of these costs?",
            th="ท่านจ่ายค่าใช้จ่ายเหล่านี้ส่วนใหญ่เป็นสกุลเงินใด",
            km="តើអ្នកបានបង់ថ្លៃទាំងនេះភាគច្រើនជារូបិយប័ណ្ណអ្វី?",
            lo="ທ່ານຈ່າຍຄ່າໃຊ້ຈ່າຍເຫຼົ່ານີ້ສ່ວນໃຫຍ່ເປັນສະກຸນເງິນໃດ?",
            my="ဤကုန်ကျစရိတ် အများစုကို မည်သည့် ငွေကြေးဖြင့် ပေးခဲ့ပါသလဲ။",
            vi="Bạn đã trả phần lớn các chi phí này bằng loại tiền nào?",
            id="Dalam mata uang apa Anda membayar sebagian besar biaya ini?",
            ms="Dalam mata wang apakah anda membayar kebanyakan kos ini?",
            fil="Sa anong pera ninyo binayaran ang karamihan ng mga gastos na ito?",
        ),
        required="yes",
        appearance="autocomplete",
        relevant=PAID,
    ),
    *[
        q(
            "decimal",
            name,
            label,
            hint=AMOUNT_HINT,
            relevant=PAID,
            privacy="sensitive",
            constraint=". >= 0",
            constraint_message=NOT_NEGATIVE,
        )
        for name, label in COST_ITEMS
    ],
    q(
        "calculate",
        "recruitment_cost_total",
        T(
            en="Total recruitment cost paid by the worker (derived)",
            th="ค่าใช้จ่ายในการจัดหางานทั้งหมดที่แรงงานจ่าย (คำนวณ)",
            km="ថ្លៃចំណាយសរុបលើការជ្រើសរើសដែលពលករបានបង់ (គណនា)",
            lo="ຄ່າໃຊ້ຈ່າຍໃນການຈັດຫາງານທັງໝົດທີ່ແຮງງານຈ່າຍ (ຄຳນວນ)",
            my="အလုပ်သမား ပေးခဲ့သော စုစုပေါင်း ခန့်ထားရေး ကုန်ကျစရိတ် (တွက်ချက်)",
            vi="Tổng chi phí tuyển dụng người lao động đã trả (tính toán)",
            id="Total biaya perekrutan yang dibayar pekerja (dihitung)",
            ms="Jumlah kos pengambilan yang dibayar pekerja (dikira)",
            fil="Kabuuang gastos sa rekrutment na binayaran ng manggagawa (kinalkula)",
        ),
        # "No" means a cost of zero (it counts in SDG 10.7.1); "don't know" or no item given stays empty.
        calculation=f"if(${{paid_recruitment_costs}} = 'no', 0, if({PAID} and ({ANY_ITEM}), "
        f"{ITEM_SUM}, ''))",
        privacy="sensitive",
    ),
    q(
        "select_one yes_no_dk_ref",
        "borrowed_to_migrate",
        T(
            en="Did you borrow money to pay for this job or journey?",
            th="ท่านกู้ยืมเงินมาจ่ายค่างานหรือค่าเดินทางครั้งนี้หรือไม่",
            km="តើអ្នកបានខ្ចីប្រាក់ ដើម្បីបង់សម្រាប់ការងារ ឬដំណើរនេះទេ?",
            lo="ທ່ານໄດ້ກູ້ຢືມເງິນມາຈ່າຍຄ່າວຽກ ຫຼື ການເດີນທາງຄັ້ງນີ້ບໍ່?",
            my="ဤအလုပ် သို့မဟုတ် ခရီးအတွက် ပေးချေရန် ငွေချေးခဲ့ပါသလား။",
            vi="Bạn có vay tiền để trả cho công việc hoặc chuyến đi này không?",
            id="Apakah Anda meminjam uang untuk membayar pekerjaan atau perjalanan ini?",
            ms="Adakah anda meminjam wang untuk membayar pekerjaan atau perjalanan ini?",
            fil="Nangutang ba kayo para pambayad sa trabaho o paglalakbay na ito?",
        ),
        required="yes",
        privacy="sensitive",
    ),
    q(
        "select_one lender_type",
        "lender_type",
        T(
            en="From whom did you borrow most of it?",
            th="ท่านกู้ยืมส่วนใหญ่มาจากใคร",
            km="តើអ្នកបានខ្ចីភាគច្រើនពីនរណា?",
            lo="ທ່ານກູ້ຢືມສ່ວນໃຫຍ່ມາຈາກໃຜ?",
            my="အများစုကို မည်သူ့ထံမှ ချေးခဲ့ပါသလဲ။",
            vi="Bạn đã vay phần lớn từ ai?",
            id="Dari siapa Anda meminjam sebagian besar uang itu?",
            ms="Daripada siapakah anda meminjam sebahagian besarnya?",
            fil="Kanino kayo nangutang ng karamihan nito?",
        ),
        required="yes",
        relevant="${borrowed_to_migrate} = 'yes'",
        privacy="sensitive",
    ),
    end(),
    end(),
]
