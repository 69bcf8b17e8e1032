"""Section 1: consent. A refusal ends the interview and nothing is saved."""

from __future__ import annotations

from survey_common import T, begin, end, q

ROWS = [
    begin(
        "consent_section",
        T(
            en="Consent",
            th="ความยินยอม",
            km="ការយល់ព្រម",
            lo="ການຍິນຍອມ",
            my="သဘောတူညီချက်",
            vi="Sự đồng ý",
            id="Persetujuan",
            ms="Persetujuan",
            fil="Pahintulot",
        ),
    ),
    q(
        "note",
        "consent_intro",
        T(
            en="Read to the respondent: This survey helps governments in ASEAN protect migrant workers. "
            "Taking part is voluntary. Your name and document numbers are never stored. You may skip "
            "any question or stop at any time. It takes about 15 minutes.",
            th="อ่านให้ผู้ตอบฟัง: แบบสำรวจนี้ช่วยให้รัฐบาลในอาเซียนคุ้มครองแรงงานข้ามชาติ การเข้าร่วมเป็นไปโดยสมัครใจ "
            "จะไม่มีการเก็บชื่อและเลขที่เอกสารของท่าน ท่านข้ามคำถามใดก็ได้หรือหยุดเมื่อใดก็ได้ ใช้เวลาประมาณ 15 นาที",
            km="អានជូនអ្នកឆ្លើយ៖ ការស្ទង់មតិនេះជួយរដ្ឋាភិបាលនៅអាស៊ាន ការពារពលករចំណាកស្រុក។ ការចូលរួមគឺស្ម័គ្រចិត្ត។ "
            "ឈ្មោះ និងលេខឯកសាររបស់អ្នក មិនត្រូវបានរក្សាទុកឡើយ។ អ្នកអាចរំលងសំណួរណាមួយ ឬឈប់នៅពេលណាក៏បាន។ "
            "វាចំណាយពេលប្រហែល 15 នាទី។",
            lo="ອ່ານໃຫ້ຜູ້ຕອບຟັງ: ການສຳຫຼວດນີ້ຊ່ວຍໃຫ້ລັດຖະບານໃນອາຊຽນປົກປ້ອງແຮງງານເຄື່ອນຍ້າຍ. ການເຂົ້າຮ່ວມແມ່ນສະໝັກໃຈ. "
            "ຊື່ ແລະ ເລກເອກະສານຂອງທ່ານຈະບໍ່ຖືກເກັບໄວ້. ທ່ານສາມາດຂ້າມຄຳຖາມໃດກໍໄດ້ ຫຼື ຢຸດເວລາໃດກໍໄດ້. "
            "ໃຊ້ເວລາປະມານ 15 ນາທີ.",
            my="ဖြေဆိုသူကို ဖတ်ပြပါ- ဤစစ်တမ်းသည် အာဆီယံရှိ အစိုးရများကို ရွှေ့ပြောင်းအလုပ်သမားများ ကာကွယ်ရန် ကူညီပါသည်။ "
            "ပါဝင်ခြင်းသည် မိမိဆန္ဒအလျောက် ဖြစ်ပါသည်။ သင့်အမည်နှင့် စာရွက်စာတမ်း နံပါတ်များကို ဘယ်တော့မှ မသိမ်းဆည်းပါ။ "
            "မည်သည့်မေးခွန်းကိုမဆို ကျော်နိုင်သည် သို့မဟုတ် အချိန်မရွေး ရပ်နိုင်ပါသည်။ မိနစ် ၁၅ ခန့် ကြာပါမည်။",
            vi="Đọc cho người trả lời: Cuộc khảo sát này giúp các chính phủ ASEAN bảo vệ lao động di cư. "
            "Việc tham gia là tự nguyện. Tên và số giấy tờ của bạn không bao giờ được lưu lại. Bạn có thể "
            "bỏ qua bất kỳ câu hỏi nào hoặc dừng lại bất cứ lúc nào. Mất khoảng 15 phút.",
            id="Bacakan kepada responden: Survei ini membantu pemerintah di ASEAN melindungi pekerja migran. "
            "Keikutsertaan bersifat sukarela. Nama dan nomor dokumen Anda tidak pernah disimpan. Anda boleh "
            "melewati pertanyaan apa pun atau berhenti kapan saja. Survei ini memakan waktu sekitar 15 menit.",
            ms="Bacakan kepada responden: Tinjauan ini membantu kerajaan di ASEAN melindungi pekerja migran. "
            "Penyertaan adalah secara sukarela. Nama dan nombor dokumen anda tidak akan disimpan. Anda boleh "
            "melangkau mana-mana soalan atau berhenti pada bila-bila masa. Ia mengambil masa kira-kira 15 minit.",
            fil="Basahin sa sumasagot: Tinutulungan ng survey na ito ang mga pamahalaan sa ASEAN na protektahan "
            "ang mga migranteng manggagawa. Kusang-loob ang paglahok. Hindi kailanman itatala ang inyong "
            "pangalan at numero ng dokumento. Maaari ninyong laktawan ang anumang tanong o huminto anumang "
            "oras. Mga 15 minuto ito.",
        ),
    ),
    q(
        "select_one yes_no",
        "consent",
        T(
            en="Do you agree to take part in this survey?",
            th="ท่านยินยอมเข้าร่วมการสำรวจนี้หรือไม่",
            km="តើអ្នកយល់ព្រមចូលរួមក្នុងការស្ទង់មតិនេះទេ?",
            lo="ທ່ານຍິນຍອມເຂົ້າຮ່ວມການສຳຫຼວດນີ້ບໍ່?",
            my="ဤစစ်တမ်းတွင် ပါဝင်ရန် သဘောတူပါသလား။",
            vi="Bạn có đồng ý tham gia cuộc khảo sát này không?",
            id="Apakah Anda setuju untuk ikut serta dalam survei ini?",
            ms="Adakah anda bersetuju untuk menyertai tinjauan ini?",
            fil="Pumapayag ba kayong lumahok sa survey na ito?",
        ),
        hint=T(
            en="If the answer is No, thank the person and close the interview. Nothing is saved.",
            th="หากตอบว่าไม่ ให้ขอบคุณและปิดการสัมภาษณ์ จะไม่มีการบันทึกข้อมูลใด ๆ",
            km="ប្រសិនបើចម្លើយគឺទេ សូមអរគុណ ហើយបិទការសម្ភាសន៍។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។",
            lo="ຖ້າຕອບວ່າບໍ່, ໃຫ້ຂອບໃຈ ແລະ ປິດການສຳພາດ. ຈະບໍ່ມີການບັນທຶກຫຍັງ.",
            my="အဖြေမှာ မဟုတ်ပါ ဖြစ်လျှင် ကျေးဇူးတင်ပြီး အင်တာဗျူးကို ပိတ်ပါ။ ဘာမျှ မသိမ်းဆည်းပါ။",
            vi="Nếu câu trả lời là Không, hãy cảm ơn và kết thúc phỏng vấn. Không có gì được lưu.",
            id="Jika jawabannya Tidak, ucapkan terima kasih dan akhiri wawancara. Tidak ada yang disimpan.",
            ms="Jika jawapannya Tidak, ucapkan terima kasih dan tamatkan temu bual. Tiada apa-apa disimpan.",
            fil="Kung Hindi ang sagot, magpasalamat at tapusin ang panayam. Walang ise-save.",
        ),
        required="yes",
    ),
    q(
        "note",
        "refusal_note",
        T(
            en="The respondent did not agree. Close the interview now: nothing from it will be saved.",
            th="ผู้ตอบไม่ยินยอม ปิดการสัมภาษณ์ทันที จะไม่มีการบันทึกข้อมูลใด ๆ จากการสัมภาษณ์นี้",
            km="អ្នកឆ្លើយមិនបានយល់ព្រមទេ។ បិទការសម្ភាសន៍ឥឡូវនេះ៖ គ្មានអ្វីពីការសម្ភាសន៍នេះត្រូវបានរក្សាទុកទេ។",
            lo="ຜູ້ຕອບບໍ່ຍິນຍອມ. ປິດການສຳພາດດຽວນີ້: ຈະບໍ່ມີຫຍັງຖືກບັນທຶກ.",
            my="ဖြေဆိုသူ သဘောမတူပါ။ အင်တာဗျူးကို ယခု ပိတ်ပါ- ဘာမျှ မသိမ်းဆည်းပါ။",
            vi="Người trả lời không đồng ý. Hãy kết thúc phỏng vấn ngay: không có gì được lưu.",
            id="Responden tidak setuju. Akhiri wawancara sekarang: tidak ada yang akan disimpan.",
            ms="Responden tidak bersetuju. Tamatkan temu bual sekarang: tiada apa-apa akan disimpan.",
            fil="Hindi pumayag ang sumasagot. Tapusin na ang panayam: walang ise-save mula rito.",
        ),
        relevant="${consent} = 'no'",
    ),
    end(),
]
