<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
    <context>
        <name>AutoLockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="168" />
            <source>The longest delay for this vault is {minutes} minutes, set by a supervisor. You can choose a shorter one.</source>
            <translation type="unfinished">ເວລາດົນທີ່ສຸດສຳລັບຄັງຂໍ້ມູນນີ້ແມ່ນ {minutes} ນາທີ ທີ່ຫົວໜ້າກຳນົດໄວ້. ທ່ານເລືອກເວລາທີ່ສັ້ນກວ່ານີ້ໄດ້.</translation>
        </message>
    </context>
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished">ລັອກອັດຕະໂນມັດ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished">ຫຼັງຈາກບໍ່ມີການກົດປຸ່ມ ຫຼື ຄລິກເມົ້າຕາມຈຳນວນນາທີນີ້ Lintas ຈະປິດຄັງຂໍ້ມູນ ແລະ ຖາມລະຫັດຜ່ານອີກຄັ້ງ. ການສຳພາດທີ່ກຳລັງເຮັດຢູ່ຈະຖືກເກັບໄວ້.</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished">ລັອກເມື່ອບໍ່ໄດ້ໃຊ້:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished">ນາທີ:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="82" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="87" />
            <source>Save</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="47" />
            <source>Longest for every user (minutes):</source>
            <translation type="unfinished">ດົນທີ່ສຸດສຳລັບຜູ້ໃຊ້ທຸກຄົນ (ນາທີ):</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="55" />
            <source>No limit</source>
            <translation type="unfinished">ບໍ່ຈຳກັດ</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished">ຍັງບໍ່ມີບັນທຶກ</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished">ຜູ້ໃຊ້: {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished">ລະຫັດຜ່ານໃໝ່ທັງສອງບໍ່ກົງກັນ. ພິມໃໝ່ອີກຄັ້ງ.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished">ປ່ຽນລະຫັດຜ່ານ</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished">ລະຫັດຜ່ານປັດຈຸບັນ:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished">ລະຫັດຜ່ານໃໝ່:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished">ລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished">ຄວາມແຂງແຮງ:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="317" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">ເລືອກໜຶ່ງຕົວເລືອກຈາກລາຍການ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="260" />
            <source>No choice matches.</source>
            <translation type="unfinished">ບໍ່ມີຕົວເລືອກທີ່ກົງກັນ.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="72" />
            <source>Conflicts</source>
            <translation type="unfinished">ຂໍ້ຂັດແຍ່ງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="75" />
            <source>Records that arrived with other content</source>
            <translation type="unfinished">ບັນທຶກທີ່ມາຮອດພ້ອມເນື້ອຫາທີ່ຕ່າງກັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="80" />
            <source>The same revision of a record reads differently here and at another office. Nothing was overwritten. Compare the two and keep one: the other stays in the record's history.</source>
            <translation type="unfinished">ບັນທຶກສະບັບແກ້ໄຂດຽວກັນມີເນື້ອຫາບໍ່ກົງກັນລະຫວ່າງບ່ອນນີ້ກັບຫ້ອງການອື່ນ. ບໍ່ມີຫຍັງຖືກຂຽນທັບ. ປຽບທຽບທັງສອງ ແລ້ວເກັບໄວ້ອັນໜຶ່ງ: ອີກອັນຍັງຢູ່ໃນປະຫວັດຂອງບັນທຶກ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Record</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>From</source>
            <translation type="unfinished">ຈາກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Found on</source>
            <translation type="unfinished">ພົບເມື່ອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="146" />
            <source>Question</source>
            <translation type="unfinished">ຄຳຖາມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Here</source>
            <translation type="unfinished">ບ່ອນນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Incoming</source>
            <translation type="unfinished">ທີ່ເຂົ້າມາ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="102" />
            <source>Keep the version &amp;here</source>
            <translation type="unfinished">ເກັບສະບັບບ່ອນນີ້(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="103" />
            <source>Keep the &amp;incoming version</source>
            <translation type="unfinished">ເກັບສະບັບທີ່ເຂົ້າມາ(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="104" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="131" />
            <source>No conflicts wait.</source>
            <translation type="unfinished">ບໍ່ມີຂໍ້ຂັດແຍ່ງທີ່ລໍຖ້າຢູ່.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="147" />
            <source>Here (revision {number}, {date})</source>
            <translation type="unfinished">ບ່ອນນີ້ (ສະບັບແກ້ໄຂ {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="150" />
            <source>From {office} (revision {number}, {date})</source>
            <translation type="unfinished">ຈາກ {office} (ສະບັບແກ້ໄຂ {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="157" />
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="172" />
            <source>Record {uuid}. Answers that differ (marked): {count}</source>
            <translation type="unfinished">ບັນທຶກ {uuid}. ຄຳຕອບທີ່ຕ່າງກັນ (ໝາຍໄວ້): {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="189" />
            <source>Kept the version here for record {uuid}.</source>
            <translation type="unfinished">ເກັບສະບັບບ່ອນນີ້ຂອງບັນທຶກ {uuid} ແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="191" />
            <source>Kept the incoming version for record {uuid}, as a new revision.</source>
            <translation type="unfinished">ເກັບສະບັບທີ່ເຂົ້າມາຂອງບັນທຶກ {uuid} ເປັນສະບັບແກ້ໄຂໃໝ່ແລ້ວ.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="34" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">ໂຟນເດີສຳລັບຄັງຂໍ້ມູນໃໝ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">ເລືອກບ່ອນເກັບຄັງຂໍ້ມູນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">ມີບາງຢ່າງຢູ່ບ່ອນນັ້ນແລ້ວ. ເລືອກຊື່ໂຟນເດີໃໝ່.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the office name.</source>
            <translation type="unfinished">ພິມຊື່ຫ້ອງການ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">ພິມຊື່ຜູ້ໃຊ້ຂອງຫົວໜ້າ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="50" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ. ພິມໃໝ່ອີກຄັ້ງ.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished">ສ້າງຄັງຂໍ້ມູນໃໝ່</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished">ຜູ້ໃຊ້ຄົນທຳອິດແມ່ນຫົວໜ້າຫ້ອງການ. ເລືອກລະຫັດຜ່ານທີ່ຍາວ: ຫຼາຍຄຳທີ່ບໍ່ກ່ຽວຂ້ອງກັນຈື່ງ່າຍ ແລະ ເດົາຍາກ.</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">ໄຟລ໌ຄັງຂໍ້ມູນ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">ເລືອກ…</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished">ຊື່ຫ້ອງການ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished">ຊື່ຜູ້ໃຊ້ຂອງຫົວໜ້າ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished">ລະຫັດຜ່ານ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished">ລະຫັດຜ່ານອີກຄັ້ງ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">ຄວາມແຂງແຮງ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished">ສ້າງຄັງຂໍ້ມູນ</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="179" />
            <source>Add another: {name}</source>
            <translation type="unfinished">ເພີ່ມອີກ: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="228" />
            <location filename="../../src/lintas/gui/entry/view.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished">ລຶບອອກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="316" />
            <source>More questions</source>
            <translation type="unfinished">ຄຳຖາມເພີ່ມເຕີມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="92" />
            <source>Review and finalise</source>
            <translation type="unfinished">ກວດຄືນ ແລະ ຢືນຢັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="98" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">ບັນທຶກສະບັບຮ່າງ (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="102" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">ກວດຄືນ (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="231" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">ລຶບ {address} ແລະ ຄຳຕອບທັງໝົດບໍ?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="314" />
            <source>Saved at {time}</source>
            <translation type="unfinished">ບັນທຶກເມື່ອ {time}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="24" />
            <source>&amp;Send to…</source>
            <translation type="unfinished">ສົ່ງຫາ…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="27" />
            <source>&amp;Receive bundle…</source>
            <translation type="unfinished">ຮັບຊຸດຂໍ້ມູນ…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="30" />
            <source>Recei&amp;pts…</source>
            <translation type="unfinished">ໃບຕອບຮັບ…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="31" />
            <source>P&amp;eers…</source>
            <translation type="unfinished">ຫ້ອງການຄູ່ຮ່ວມ…(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="34" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished">ຂໍ້ຂັດແຍ່ງ…(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="17" />
            <source>Bundle {number} for {office} is saved to {path}.</source>
            <translation type="unfinished">ບັນທຶກຊຸດຂໍ້ມູນທີ {number} ສຳລັບ {office} ໄວ້ທີ່ {path} ແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="23" />
            <location filename="../../src/lintas/gui/exchange/texts.py" line="122" />
            <source>Records in it: {count}</source>
            <translation type="unfinished">ຈຳນວນບັນທຶກໃນຊຸດ: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="30" />
            <source>It is split into {count} parts for e-mail: {names}. Send every part; the office receives them in any order, and nothing is imported until all are there.</source>
            <translation type="unfinished">ແບ່ງເປັນ {count} ສ່ວນສຳລັບອີເມວ: {names}. ສົ່ງໃຫ້ຄົບທຸກສ່ວນ; ຫ້ອງການປາຍທາງຮັບໄດ້ຕາມລຳດັບໃດກໍໄດ້ ແລະ ຈະບໍ່ນຳເຂົ້າຈົນກວ່າຈະຄົບທຸກສ່ວນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="40" />
            <source>They hold every record already; the bundle only carries news of revoked offices.</source>
            <translation type="unfinished">ຫ້ອງການປາຍທາງມີທຸກບັນທຶກແລ້ວ ຊຸດຂໍ້ມູນນີ້ມີພຽງຂ່າວຫ້ອງການທີ່ຖືກຖອນຄືນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="46" />
            <source>Take the file to them on a USB stick or send it by e-mail: only they can open it. When their receipt comes back, open it with Office → Receive bundle.</source>
            <translation type="unfinished">ນຳໄຟລ໌ໄປໃຫ້ດ້ວຍ USB ຫຼື ສົ່ງທາງອີເມວ: ມີແຕ່ຜູ້ຮັບເທົ່ານັ້ນທີ່ເປີດໄດ້. ເມື່ອໃບຕອບຮັບກັບມາ, ໃຫ້ເປີດດ້ວຍ ຫ້ອງການ → ຮັບຊຸດຂໍ້ມູນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="60" />
            <source>This vault already uses the regional key {key} of {office}.</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນນີ້ໃຊ້ກະແຈລະດັບພາກພື້ນ {key} ຂອງ {office} ຢູ່ແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="67" />
            <source>This vault now uses the regional key {key} of {office}. Pseudonyms made from now on match those of the other offices that use it.</source>
            <translation type="unfinished">ຕອນນີ້ຄັງຂໍ້ມູນນີ້ໃຊ້ກະແຈລະດັບພາກພື້ນ {key} ຂອງ {office}. ນາມແຝງທີ່ສ້າງຕໍ່ຈາກນີ້ຈະກົງກັບຂອງຫ້ອງການອື່ນທີ່ໃຊ້ກະແຈນີ້.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="77" />
            <source>It replaced the key {key}: the %n pseudonyms made under that key will not match those made from now on.</source>
            <translation type="unfinished">
                <numerusform>ກະແຈນີ້ແທນກະແຈ {key}: ນາມແຝງ %n ລາຍການທີ່ສ້າງດ້ວຍກະແຈນັ້ນຈະບໍ່ກົງກັບທີ່ສ້າງຕໍ່ຈາກນີ້.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="94" />
            <source>This receipt from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">ໄດ້ຮັບໃບຕອບຮັບນີ້ຈາກ {office} ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="99" />
            <source>{office} confirms that it holds {count} records sent from here.</source>
            <translation type="unfinished">{office} ຢືນຢັນວ່າມີບັນທຶກທີ່ສົ່ງຈາກບ່ອນນີ້ {count} ລາຍການ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="107" />
            <source>Bundle {number} from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">ໄດ້ຮັບຊຸດຂໍ້ມູນທີ {number} ຈາກ {office} ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="116" />
            <source>Bundle {number} from {office} arrived.</source>
            <translation type="unfinished">ຊຸດຂໍ້ມູນທີ {number} ຈາກ {office} ມາຮອດແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="125" />
            <source>New here: {count}</source>
            <translation type="unfinished">ໃໝ່ຢູ່ບ່ອນນີ້: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="127" />
            <source>Newer revisions of records held here: {count}</source>
            <translation type="unfinished">ສະບັບແກ້ໄຂໃໝ່ກວ່າຂອງບັນທຶກທີ່ມີຢູ່ບ່ອນນີ້: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="133" />
            <source>Already here, unchanged: {count}</source>
            <translation type="unfinished">ມີຢູ່ແລ້ວ, ບໍ່ປ່ຽນແປງ: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="139" />
            <source>In conflict: {count}. These came with other content than the same revision here. Nothing was overwritten: choose which to keep under Office → Conflicts.</source>
            <translation type="unfinished">ຂັດແຍ່ງ: {count}. ລາຍການເຫຼົ່ານີ້ມາພ້ອມເນື້ອຫາທີ່ຕ່າງຈາກສະບັບແກ້ໄຂດຽວກັນຢູ່ບ່ອນນີ້. ບໍ່ມີຫຍັງຖືກຂຽນທັບ: ເລືອກວ່າຈະເກັບອັນໃດທີ່ ຫ້ອງການ → ຂໍ້ຂັດແຍ່ງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="147" />
            <source>No conflicts.</source>
            <translation type="unfinished">ບໍ່ມີຂໍ້ຂັດແຍ່ງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="151" />
            <source>Bundles from {office} that have not arrived yet: {numbers}.</source>
            <translation type="unfinished">ຊຸດຂໍ້ມູນຈາກ {office} ທີ່ຍັງບໍ່ມາຮອດ: {numbers}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="159" />
            <source>Warning: {text}</source>
            <translation type="unfinished">ຄຳເຕືອນ: {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="165" />
            <source>A receipt for {office} is saved to {path}. Send it back so that they know what arrived.</source>
            <translation type="unfinished">ບັນທຶກໃບຕອບຮັບສຳລັບ {office} ໄວ້ທີ່ {path} ແລ້ວ. ສົ່ງກັບໄປເພື່ອໃຫ້ຮູ້ວ່າຫຍັງມາຮອດແລ້ວ.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="179" />
            <source>Nothing was changed. This vault already made %n pseudonyms under its regional key {old}. The key {new} of {office} would replace it, and pseudonyms made under one key never match those made under another. Keep the current key, unless the hub says that every office changes to its key: then choose Replace the regional key anyway.</source>
            <translation type="unfinished">
                <numerusform>ບໍ່ມີຫຍັງປ່ຽນແປງ. ຄັງຂໍ້ມູນນີ້ສ້າງນາມແຝງໄປແລ້ວ %n ລາຍການດ້ວຍກະແຈລະດັບພາກພື້ນ {old}. ກະແຈ {new} ຂອງ {office} ຈະມາແທນ ແລະ ນາມແຝງທີ່ສ້າງດ້ວຍກະແຈໜຶ່ງຈະບໍ່ກົງກັບທີ່ສ້າງດ້ວຍອີກກະແຈໜຶ່ງເລີຍ. ໃຫ້ໃຊ້ກະແຈປັດຈຸບັນຕໍ່ໄປ ເວັ້ນເສຍແຕ່ສູນກາງແຈ້ງວ່າທຸກຫ້ອງການປ່ຽນໄປໃຊ້ກະແຈຂອງສູນກາງ: ຈຶ່ງເລືອກ ແທນກະແຈລະດັບພາກພື້ນຢູ່ດີ.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="198" />
            <source>The file was refused. Nothing was imported: this vault is unchanged.</source>
            <translation type="unfinished">ໄຟລ໌ຖືກປະຕິເສດ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ: ຄັງຂໍ້ມູນນີ້ບໍ່ປ່ຽນແປງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="202" />
            <source>Reason: {text}</source>
            <translation type="unfinished">ເຫດຜົນ: {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="205" />
            <source>Ask the sender for a fresh copy, and check that it was made for this office.</source>
            <translation type="unfinished">ຂໍສຳເນົາໃໝ່ຈາກຜູ້ສົ່ງ ແລະ ກວດເບິ່ງວ່າເຮັດຂຶ້ນສຳລັບຫ້ອງການນີ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="214" />
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished">ຍົກເລີກແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="49" />
            <source>Internal: every answer except identifiers, for this office</source>
            <translation type="unfinished">ພາຍໃນ: ທຸກຄຳຕອບ ຍົກເວັ້ນຂໍ້ມູນລະບຸຕົວຕົນ ສຳລັບຫ້ອງການນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="50" />
            <source>Restricted: for licensed researchers, recoded and checked</source>
            <translation type="unfinished">ຈຳກັດ: ສຳລັບນັກຄົ້ນຄວ້າທີ່ໄດ້ຮັບອະນຸຍາດ ປັບລະຫັດ ແລະ ກວດແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="51" />
            <source>Public: tables and a few coarse variables, for anyone</source>
            <translation type="unfinished">ສາທາລະນະ: ຕາຕະລາງ ແລະ ຕົວແປແບບກວ້າງໆບໍ່ເທົ່າໃດຕົວ ສຳລັບທຸກຄົນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="56" />
            <source>Final interviews only</source>
            <translation type="unfinished">ສະເພາະການສຳພາດທີ່ຢືນຢັນແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="57" />
            <source>All interviews (drafts, final and void)</source>
            <translation type="unfinished">ການສຳພາດທັງໝົດ (ສະບັບຮ່າງ, ຢືນຢັນແລ້ວ ແລະ ເປັນໂມຄະ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="58" />
            <source>Drafts only</source>
            <translation type="unfinished">ສະເພາະສະບັບຮ່າງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="59" />
            <source>Void records only</source>
            <translation type="unfinished">ສະເພາະບັນທຶກທີ່ເປັນໂມຄະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="64" />
            <source>Excel workbook (.xlsx), the standard Lintas workbook</source>
            <translation type="unfinished">ປຶ້ມວຽກ Excel (.xlsx) ປຶ້ມວຽກມາດຕະຖານຂອງ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="65" />
            <source>SPSS (.sav files in a .zip)</source>
            <translation type="unfinished">SPSS (ໄຟລ໌ .sav ໃນ .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="66" />
            <source>Stata (.dta files in a .zip)</source>
            <translation type="unfinished">Stata (ໄຟລ໌ .dta ໃນ .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="67" />
            <source>CSV (UTF-8 files in a .zip, for R and Python)</source>
            <translation type="unfinished">CSV (ໄຟລ໌ UTF-8 ໃນ .zip ສຳລັບ R ແລະ Python)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="76" />
            <source>Save as &amp;named export…</source>
            <translation type="unfinished">ບັນທຶກເປັນການສົ່ງອອກທີ່ຕັ້ງຊື່(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="80" />
            <source>Chec&amp;k what this level keeps</source>
            <translation type="unfinished">ກວດສິ່ງທີ່ລະດັບນີ້ເກັບໄວ້(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="106" />
            <source>Codes (as stored)</source>
            <translation type="unfinished">ລະຫັດ (ຕາມທີ່ເກັບໄວ້)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="109" />
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="207" />
            <source>Install a form first.</source>
            <translation type="unfinished">ຕິດຕັ້ງແບບຟອມກ່ອນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="154" />
            <source>Everything the office holds, without identifier questions (names, document numbers). Keep it inside the office.</source>
            <translation type="unfinished">ທຸກຢ່າງທີ່ຫ້ອງການມີ ໂດຍບໍ່ມີຄຳຖາມລະບຸຕົວຕົນ (ຊື່, ເລກເອກະສານ). ເກັບໄວ້ໃນຫ້ອງການເທົ່ານັ້ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="158" />
            <source>Only the declared variables, recoded so that no person can be picked out.</source>
            <translation type="unfinished">ສະເພາະຕົວແປທີ່ປະກາດໄວ້ ປັບລະຫັດແລ້ວ ເພື່ອບໍ່ໃຫ້ລະບຸຕົວບຸກຄົນໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="160" />
            <source>The standard tables and sex, age band, citizenship and flow type.</source>
            <translation type="unfinished">ຕາຕະລາງມາດຕະຖານ ແລະ ເພດ, ກຸ່ມອາຍຸ, ສັນຊາດ ແລະ ປະເພດການເຄື່ອນຍ້າຍ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">ປຶ້ມວຽກ Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Zip (*.zip)</source>
            <translation type="unfinished">ໄຟລ໌ Zip (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="194" />
            <source>Export to</source>
            <translation type="unfinished">ສົ່ງອອກໄປທີ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="210" />
            <source>Choose where to save the file.</source>
            <translation type="unfinished">ເລືອກບ່ອນທີ່ຈະບັນທຶກໄຟລ໌.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="213" />
            <source>The folder {folder} does not exist. Choose another.</source>
            <translation type="unfinished">ບໍ່ມີໂຟນເດີ {folder}. ເລືອກໂຟນເດີອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="217" />
            <source>The file name must end in {suffix} for this format.</source>
            <translation type="unfinished">ຊື່ໄຟລ໌ຕ້ອງລົງທ້າຍດ້ວຍ {suffix} ສຳລັບຮູບແບບນີ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="221" />
            <source>The two passwords are not the same. Type them again.</source>
            <translation type="unfinished">ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ. ພິມໃໝ່ອີກຄັ້ງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="223" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">ວັນທີທຳອິດຢູ່ຫຼັງວັນທີສຸດທ້າຍ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="239" />
            <source>Exporting…</source>
            <translation type="unfinished">ກຳລັງສົ່ງອອກ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="251" />
            <source>Replace the file?</source>
            <translation type="unfinished">ແທນທີ່ໄຟລ໌ບໍ?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="252" />
            <source>{file} is already there. Replace it?</source>
            <translation type="unfinished">ມີ {file} ຢູ່ແລ້ວ. ແທນທີ່ບໍ?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="269" />
            <source>Stopping…</source>
            <translation type="unfinished">ກຳລັງຢຸດ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="282" />
            <source>Exported {count} interviews of {form} ({level} level).</source>
            <translation type="unfinished">ສົ່ງອອກການສຳພາດ {count} ລາຍການຂອງ {form} ແລ້ວ (ລະດັບ{level}).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="285" />
            <source>The file is {path}</source>
            <translation type="unfinished">ໄຟລ໌ຢູ່ທີ່ {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="290" />
            <source>It has a password: give the password to the ministry another way.</source>
            <translation type="unfinished">ໄຟລ໌ມີລະຫັດຜ່ານ: ໃຫ້ລະຫັດຜ່ານແກ່ກະຊວງດ້ວຍຊ່ອງທາງອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="293" />
            <source>The zip holds one file per sheet, a README and the codebook.</source>
            <translation type="unfinished">ໄຟລ໌ zip ມີໜຶ່ງໄຟລ໌ຕໍ່ແຜ່ນວຽກ, README ແລະ ປຶ້ມລະຫັດ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="294" />
            <source>Checksum (SHA-256): {digest}</source>
            <translation type="unfinished">ຄ່າກວດສອບ (SHA-256): {digest}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="303" />
            <source>Every combination of the identifying answers is shared by at least {k} interviews (the aim is {target}); {removed} interviews were left out to reach it.</source>
            <translation type="unfinished">ທຸກຊຸດຂອງຄຳຕອບທີ່ອາດລະບຸຕົວຕົນໄດ້ ມີການສຳພາດຢ່າງໜ້ອຍ {k} ລາຍການຮ່ວມກັນ (ເປົ້າໝາຍແມ່ນ {target}); ການສຳພາດ {removed} ລາຍການຖືກຕັດອອກເພື່ອໃຫ້ຮອດເປົ້າ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="315" />
            <source>The question that loses most, {name}, keeps {share} of its answers.</source>
            <translation type="unfinished">ຄຳຖາມທີ່ເສຍຫຼາຍທີ່ສຸດແມ່ນ {name} ຍັງເຫຼືອຄຳຕອບ {share}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="325" />
            <source>Checking…</source>
            <translation type="unfinished">ກຳລັງກວດສອບ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="348" />
            <source>{level} level: {count} interviews would be exported, with {columns} question columns.</source>
            <translation type="unfinished">ລະດັບ{level}: ຈະສົ່ງອອກການສຳພາດ {count} ລາຍການ ພ້ອມຖັນຄຳຖາມ {columns} ຖັນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="354" />
            <source>Not published at this level: {names}.</source>
            <translation type="unfinished">ບໍ່ເຜີຍແຜ່ໃນລະດັບນີ້: {names}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="371" />
            <source>Export cancelled. No file was written.</source>
            <translation type="unfinished">ຢຸດການສົ່ງອອກແລ້ວ. ບໍ່ມີໄຟລ໌ຖືກຂຽນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="406" />
            <source>Save as named export</source>
            <translation type="unfinished">ບັນທຶກເປັນການສົ່ງອອກທີ່ຕັ້ງຊື່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="407" />
            <source>Name (for example: Monthly to the Ministry of Labour):</source>
            <translation type="unfinished">ຊື່ (ຕົວຢ່າງ: ລາຍເດືອນເຖິງກະຊວງແຮງງານ):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="428" />
            <source>Saved as '{name}'. The command line makes the same export with lintas export VAULT FILE --preset "{name}".</source>
            <translation type="unfinished">ບັນທຶກເປັນ '{name}' ແລ້ວ. ແຖວຄຳສັ່ງສົ່ງອອກແບບດຽວກັນດ້ວຍ lintas export VAULT FILE --preset "{name}".</translation>
        </message>
    </context>
    <context>
        <name>ExportForm</name>
        <message>
            <location filename="../../ui/export.ui" line="6" />
            <location filename="../../ui/export.ui" line="10" />
            <source>Export</source>
            <translation type="unfinished">ສົ່ງອອກ</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="16" />
            <source>Writes the interviews of one form to a file for the ministry or for analysis. Identifier questions are never exported.</source>
            <translation type="unfinished">ຂຽນການສຳພາດຂອງແບບຟອມໜຶ່ງລົງໃນໄຟລ໌ ສຳລັບກະຊວງ ຫຼື ການວິເຄາະ. ຄຳຖາມລະບຸຕົວຕົນບໍ່ຖືກສົ່ງອອກຈັກເທື່ອ.</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="24" />
            <source>&amp;Form:</source>
            <translation type="unfinished">ແບບຟອມ(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="33" />
            <source>&amp;Level:</source>
            <translation type="unfinished">ລະດັບ(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="48" />
            <source>La&amp;bels:</source>
            <translation type="unfinished">ປ້າຍຊື່(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="57" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">ສະເພາະວັນທີ(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="70" />
            <source>to</source>
            <translation type="unfinished">ເຖິງ</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="89" />
            <source>&amp;Status:</source>
            <translation type="unfinished">ສະຖານະ(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="98" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished">ຮູບແບບ(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="107" />
            <source>&amp;Password:</source>
            <translation type="unfinished">ລະຫັດຜ່ານ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="114" />
            <source>Optional. Excel and LibreOffice will ask for it.</source>
            <translation type="unfinished">ບໍ່ບັງຄັບ. Excel ແລະ LibreOffice ຈະຖາມຫາມັນ.</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="119" />
            <source>Confir&amp;m password:</source>
            <translation type="unfinished">ຢືນຢັນລະຫັດຜ່ານ(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="130" />
            <source>Save &amp;to:</source>
            <translation type="unfinished">ບັນທຶກໄປທີ່(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="141" />
            <source>Bro&amp;wse…</source>
            <translation type="unfinished">ເລືອກເບິ່ງ(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="176" />
            <source>&amp;Export</source>
            <translation type="unfinished">ສົ່ງອອກ(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="182" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="188" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="180" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">ເຊື່ອງໄວ້ຂະນະພິມ ແລະ ບໍ່ຖືກບັນທຶກ: ເກັບພຽງລະຫັດແທນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="195" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">ຄຳຕອບນີ້ໃຊ້ບໍ່ໄດ້ຢູ່ນີ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="337" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">ພິມວັນທີ ແລະ ເວລາເປັນ {format}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="341" />
            <source>Type a number.</source>
            <translation type="unfinished">ພິມຕົວເລກ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="288" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} ເບິ່ງຄືເປັນປີ ພ.ສ.: ໃຊ້ {gregorian}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="354" />
            <source>OK</source>
            <translation type="unfinished">ຕົກລົງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the recording</source>
            <translation type="unfinished">ຫຼິ້ນສຽງບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the video</source>
            <translation type="unfinished">ຫຼິ້ນວິດີໂອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Opens {file} with this computer's player.</source>
            <translation type="unfinished">ເປີດ {file} ດ້ວຍໂປຣແກຣມຫຼິ້ນຂອງຄອມພິວເຕີເຄື່ອງນີ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: no program for it is installed. The question's text is shown; read it to the respondent.</source>
            <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້ຫຼິ້ນ {file} ບໍ່ໄດ້: ບໍ່ມີໂປຣແກຣມສຳລັບໄຟລ໌ນີ້. ຂໍ້ຄວາມຂອງຄຳຖາມຍັງສະແດງຢູ່; ໃຫ້ອ່ານໃຫ້ຜູ້ຕອບຟັງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: it could not be copied to the temporary folder (the disk may be full). Free some disk space and try again; until then, read the question's text to the respondent.</source>
            <translation type="unfinished">ຄອມພິວເຕີເຄື່ອງນີ້ຫຼິ້ນ {file} ບໍ່ໄດ້: ບໍ່ສາມາດສຳເນົາໄຟລ໌ໄປໃສ່ໂຟນເດີຊົ່ວຄາວໄດ້ (ດິສອາດຈະເຕັມ). ໃຫ້ເພີ່ມພື້ນທີ່ຫວ່າງໃນດິສ ແລ້ວລອງໃໝ່; ໃນລະຫວ່າງນີ້ ໃຫ້ອ່ານຂໍ້ຄວາມຂອງຄຳຖາມໃຫ້ຜູ້ຕອບຟັງ.</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45'N 100°30'E</source>
            <translation type="unfinished">ເສັ້ນຂະໜານ, ເສັ້ນແວງ: 13.75, 100.5 ຫຼື 13°45'N 100°30'E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by ';': 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">ຈຸດຂັ້ນດ້ວຍ ';': 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="44" />
            <source>Altitude (m)</source>
            <translation type="unfinished">ຄວາມສູງ (ມ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="45" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">ຄວາມແມ່ນຍຳ (ມ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="73" />
            <source>optional</source>
            <translation type="unfinished">ບໍ່ບັງຄັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="108" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">ຢູ່ນອກຂອບເຂດ: ເສັ້ນຂະໜານ -90 ຫາ 90, ເສັ້ນແວງ -180 ຫາ 180, ຄວາມສູງ -11000 ຫາ 9000 ມ, ຄວາມແມ່ນຍຳ 0 ຂຶ້ນໄປ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="122" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45'30"N 100°30'15"E.</source>
            <translation type="unfinished">ພິມເສັ້ນຂະໜານ ແລະ ເສັ້ນແວງ ເຊັ່ນ 13.75, 100.5 ຫຼື 13°45'30"N 100°30'15"E.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="126" />
            <source>Type at least two points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">ພິມຢ່າງໜ້ອຍສອງຈຸດ, ແຕ່ລະຈຸດເປັນ ເສັ້ນຂະໜານ, ເສັ້ນແວງ, ຂັ້ນດ້ວຍ ';'.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="129" />
            <source>Type at least three different points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">ພິມຢ່າງໜ້ອຍສາມຈຸດທີ່ແຕກຕ່າງກັນ, ແຕ່ລະຈຸດເປັນ ເສັ້ນຂະໜານ, ເສັ້ນແວງ, ຂັ້ນດ້ວຍ ';'.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="47" />
            <source>Use this office's location</source>
            <translation type="unfinished">ໃຊ້ທີ່ຕັ້ງຂອງຫ້ອງການນີ້</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="52" />
            <source>Working…</source>
            <translation type="unfinished">ກຳລັງເຮັດວຽກ…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="53" />
            <source>&amp;Help</source>
            <translation type="unfinished">&amp;ຊ່ວຍເຫຼືອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="45" />
            <source>User guide</source>
            <translation type="unfinished">ຄູ່ມືຜູ້ໃຊ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="46" />
            <source>Administrator guide</source>
            <translation type="unfinished">ຄູ່ມືຜູ້ບໍລິຫານລະບົບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="47" />
            <source>Installing Lintas</source>
            <translation type="unfinished">ການຕິດຕັ້ງ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="64" />
            <source>Self-test…</source>
            <translation type="unfinished">ທົດສອບຕົນເອງ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="67" />
            <location filename="../../src/lintas/gui/help_menu.py" line="300" />
            <source>About Lintas</source>
            <translation type="unfinished">ກ່ຽວກັບ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="128" />
            <source>This guide is missing from this install. Reinstall Lintas.</source>
            <translation type="unfinished">ຄູ່ມືນີ້ບໍ່ມີໃນການຕິດຕັ້ງນີ້. ກະລຸນາຕິດຕັ້ງ Lintas ໃໝ່.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="144" />
            <source>This link leads outside Lintas: {url}</source>
            <translation type="unfinished">ລິ້ງນີ້ນຳອອກໄປນອກ Lintas: {url}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="155" />
            <source>Self-test</source>
            <translation type="unfinished">ທົດສອບຕົນເອງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="158" />
            <source>Checks this install on a throwaway vault in a temporary folder. Your own vault is not touched.</source>
            <translation type="unfinished">ກວດສອບການຕິດຕັ້ງນີ້ດ້ວຍຄັງຂໍ້ມູນທົດລອງໃນໂຟນເດີຊົ່ວຄາວ. ຄັງຂໍ້ມູນຂອງທ່ານຈະບໍ່ຖືກແຕະຕ້ອງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="168" />
            <source>Step</source>
            <translation type="unfinished">ຂັ້ນຕອນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="169" />
            <source>Result</source>
            <translation type="unfinished">ຜົນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="170" />
            <source>Detail</source>
            <translation type="unfinished">ລາຍລະອຽດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="180" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="181" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="202" />
            <source>Running…</source>
            <translation type="unfinished">ກຳລັງດຳເນີນການ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="219" />
            <source>Stopping after the step that is running…</source>
            <translation type="unfinished">ຈະຢຸດຫຼັງຈາກຂັ້ນຕອນທີ່ກຳລັງດຳເນີນຢູ່…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="236" />
            <source>Running: {step}</source>
            <translation type="unfinished">ກຳລັງດຳເນີນ: {step}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="241" />
            <source>OK</source>
            <translation type="unfinished">ຜ່ານ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="242" />
            <source>Warning</source>
            <translation type="unfinished">ຄຳເຕືອນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="243" />
            <source>Failed</source>
            <translation type="unfinished">ບໍ່ຜ່ານ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="244" />
            <source>Skipped</source>
            <translation type="unfinished">ຂ້າມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="259" />
            <source>The self-test FAILED: {count} of {total} steps did not pass. Follow the advice in the Detail column.</source>
            <translation type="unfinished">ການທົດສອບຕົນເອງບໍ່ຜ່ານ: {count} ໃນ {total} ຂັ້ນຕອນບໍ່ຜ່ານ. ເຮັດຕາມຄຳແນະນຳໃນຖັນລາຍລະອຽດ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="267" />
            <source>The self-test passed, with {count} warning(s): read the Detail column.</source>
            <translation type="unfinished">ການທົດສອບຕົນເອງຜ່ານ, ມີຄຳເຕືອນ {count} ລາຍການ: ອ່ານຖັນລາຍລະອຽດ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="273" />
            <source>The self-test passed: all {total} steps.</source>
            <translation type="unfinished">ການທົດສອບຕົນເອງຜ່ານຄົບທັງ {total} ຂັ້ນຕອນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="280" />
            <source>The self-test was stopped. Its temporary folder was removed.</source>
            <translation type="unfinished">ການທົດສອບຕົນເອງຖືກຢຸດແລ້ວ. ໂຟນເດີຊົ່ວຄາວຂອງມັນຖືກລຶບແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="305" />
            <source>Offline, encrypted survey capture and exchange for migrant-worker statistics. Python {python}, Qt {qt}, {system}.</source>
            <translation type="unfinished">ການບັນທຶກ ແລະ ແລກປ່ຽນຂໍ້ມູນການສຳຫຼວດແບບອອບໄລນ໌ ທີ່ເຂົ້າລະຫັດ ສຳລັບສະຖິຕິແຮງງານເຄື່ອນຍ້າຍ. Python {python}, Qt {qt}, {system}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="323" />
            <source>Component</source>
            <translation type="unfinished">ສ່ວນປະກອບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="324" />
            <source>Version</source>
            <translation type="unfinished">ລຸ້ນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="325" />
            <source>Licence</source>
            <translation type="unfinished">ໃບອະນຸຍາດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="326" />
            <source>Used for</source>
            <translation type="unfinished">ໃຊ້ສຳລັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="339" />
            <source>Libraries</source>
            <translation type="unfinished">ຫ້ອງສະໝຸດໂປຣແກຣມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="340" />
            <source>Fonts (Noto)</source>
            <translation type="unfinished">ຟອນ (Noto)</translation>
        </message>
    </context>
    <context>
        <name>HistoryWarning</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="19" />
            <source>This vault is older than expected</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນນີ້ເກົ່າກວ່າທີ່ຄາດໄວ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="22" />
            <source>This vault is older than the copy this computer saw last time. Interviews saved since then may be missing: an older copy of the vault may have been put back, or its last entries removed.</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນນີ້ເກົ່າກວ່າສຳເນົາທີ່ຄອມພິວເຕີເຄື່ອງນີ້ເຫັນຄັ້ງສຸດທ້າຍ. ການສຳພາດທີ່ບັນທຶກຫຼັງຈາກນັ້ນອາດຫາຍໄປ: ອາດມີການເອົາສຳເນົາເກົ່າຂອງຄັງຂໍ້ມູນກັບມາໃສ່ແທນ ຫຼື ລາຍການສຸດທ້າຍຖືກລຶບອອກ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="30" />
            <source>Before you add or change anything, find the newest copy of the vault (on another computer, a USB stick or a backup) and tell your supervisor. Lintas has written this warning into the vault's audit trail.</source>
            <translation type="unfinished">ກ່ອນເພີ່ມ ຫຼື ປ່ຽນແປງຫຍັງ, ໃຫ້ຊອກຫາສຳເນົາລ່າສຸດຂອງຄັງຂໍ້ມູນ (ໃນຄອມພິວເຕີເຄື່ອງອື່ນ, ແຟລດໄດ ຫຼື ຂໍ້ມູນສຳຮອງ) ແລະ ແຈ້ງຫົວໜ້າຂອງທ່ານ. Lintas ໄດ້ບັນທຶກຄຳເຕືອນນີ້ໄວ້ໃນບັນທຶກການກວດສອບຂອງຄັງຂໍ້ມູນແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="40" />
            <source>OK</source>
            <translation type="unfinished">ຕົກລົງ</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Home</source>
            <translation type="unfinished">ໜ້າຫຼັກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="49" />
            <source>Interviews today</source>
            <translation type="unfinished">ການສຳພາດມື້ນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="50" />
            <source>This week</source>
            <translation type="unfinished">ອາທິດນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="51" />
            <source>In total</source>
            <translation type="unfinished">ທັງໝົດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="52" />
            <source>Drafts waiting</source>
            <translation type="unfinished">ສະບັບຮ່າງທີ່ລໍຖ້າ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="57" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">ຕາມເພດ (30 ມື້ຫຼ້າສຸດ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="58" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">ຕາມສັນຊາດ (30 ມື້ຫຼ້າສຸດ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="59" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">ລາຍວັນ (14 ມື້ຫຼ້າສຸດ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="93" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">ຫ້ອງການ: {office} · ເຂົ້າລະບົບເປັນ {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="105" />
            <source>Others</source>
            <translation type="unfinished">ອື່ນໆ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">ເລີ່ມການສຳພາດໃໝ່</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນດຽວນີ້(&amp;B)…</translation>
        </message>
        <message>
            <source>The last backup of this vault was made on {date}. It is time for the next one: back it up to a USB stick or another disk.</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນຄັງຂໍ້ມູນນີ້ຄັ້ງລ່າສຸດເມື່ອ {date}. ຮອດເວລາສຳຮອງຄັ້ງຕໍ່ໄປແລ້ວ: ສຳຮອງມັນໄປໃສ່ USB ຫຼື ດິສອື່ນ.</translation>
        </message>
        <message>
            <source>This vault has never been backed up. Back it up to a USB stick or another disk, and keep that away from this computer.</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນນີ້ຍັງບໍ່ເຄີຍສຳຮອງຂໍ້ມູນ. ສຳຮອງມັນໄປໃສ່ USB ຫຼື ດິສອື່ນ ແລະ ເກັບໄວ້ຫ່າງຈາກຄອມພິວເຕີນີ້.</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <source>New, not saved yet</source>
            <translation type="unfinished">ໃໝ່ ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Draft</source>
            <translation type="unfinished">ສະບັບຮ່າງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="103" />
            <source>Put away</source>
            <translation type="unfinished">ເກັບໄວ້ກ່ອນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="165" />
            <source>Edits of a final record are saved with Ctrl+S.</source>
            <translation type="unfinished">ການແກ້ໄຂບັນທຶກທີ່ຢືນຢັນແລ້ວ ຈະຖືກບັນທຶກເມື່ອກົດ Ctrl+S.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="170" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">ບຸກຄົນນີ້ອາດເຄີຍຖືກສຳພາດແລ້ວ ({count} ບັນທຶກ).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Final</source>
            <translation type="unfinished">ຢືນຢັນແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="198" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">ບໍ່ມີຫຍັງຖືກບັນທຶກຈົນກວ່າຜູ້ຕອບຈະຍິນຍອມໃຫ້ສໍາພາດ. ຖ້າເຂົາເຈົ້າປະຕິເສດ, ໃຫ້ຂອບໃຈ ແລະ ປິດການສໍາພາດ: ມັນຈະຖືກຍົກເລີກ.</translation>
        </message>
    </context>
    <context>
        <name>KeyWarning</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="26" />
            <source>This office has no regional key from its hub yet. Pseudonyms made now will never match those of the other offices, and cannot be made again later. Before the first interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">ຫ້ອງການນີ້ຍັງບໍ່ມີກະແຈລະດັບພາກພື້ນຈາກສູນກາງ. ນາມແຝງທີ່ສ້າງຕອນນີ້ຈະບໍ່ກົງກັບຂອງຫ້ອງການອື່ນເລີຍ ແລະ ສ້າງໃໝ່ພາຍຫຼັງບໍ່ໄດ້. ກ່ອນການສຳພາດຄັ້ງທຳອິດ, ຫົວໜ້າຕ້ອງຮັບຊຸດກະແຈຈາກສູນກາງ (ຫ້ອງການ → ຮັບຊຸດຂໍ້ມູນ).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="33" />
            <source>This office uses its own regional key, not one from its hub: its %n pseudonyms will never match those of the other offices. Before the next interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">
                <numerusform>ຫ້ອງການນີ້ໃຊ້ກະແຈລະດັບພາກພື້ນຂອງຕົນເອງ, ບໍ່ແມ່ນຂອງສູນກາງ: ນາມແຝງ %n ລາຍການຈະບໍ່ກົງກັບຂອງຫ້ອງການອື່ນເລີຍ. ກ່ອນການສຳພາດຄັ້ງຕໍ່ໄປ, ຫົວໜ້າຕ້ອງຮັບຊຸດກະແຈຈາກສູນກາງ (ຫ້ອງການ → ຮັບຊຸດຂໍ້ມູນ).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="81" />
            <location filename="../../src/lintas/gui/main_window.py" line="335" />
            <source>Lintas</source>
            <translation type="unfinished">Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="109" />
            <source>Home</source>
            <translation type="unfinished">ໜ້າຫຼັກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="111" />
            <source>New interview</source>
            <translation type="unfinished">ການສຳພາດໃໝ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="113" />
            <source>Records</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="18" />
            <location filename="../../src/lintas/gui/language_menu.py" line="43" />
            <location filename="../../src/lintas/gui/main_window.py" line="187" />
            <source>Language</source>
            <translation type="unfinished">ພາສາ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="44" />
            <location filename="../../src/lintas/gui/main_window.py" line="188" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">ພາສາໃໝ່ຈະໃຊ້ເມື່ອເປີດ Lintas ຄັ້ງຕໍ່ໄປ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="211" />
            <source>Open a vault folder</source>
            <translation type="unfinished">ເປີດໂຟນເດີຄັງຂໍ້ມູນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="251" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">ຕັ້ງລະຫັດຜ່ານໃໝ່ແລ້ວ. ປົດລັອກຄັງຂໍ້ມູນດ້ວຍລະຫັດນີ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="323" />
            <source>Loading the form…</source>
            <translation type="unfinished">ກຳລັງໂຫຼດແບບຟອມ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="337" />
            <source>Loading the form</source>
            <translation type="unfinished">ກຳລັງໂຫຼດແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="365" />
            <source>Interview</source>
            <translation type="unfinished">ການສຳພາດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="377" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">ຢືນຢັນ ແລະ ບັນທຶກການສຳພາດແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>&amp;Vault</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນ(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="31" />
            <source>New vault…</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນໃໝ່…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="34" />
            <source>Open vault…</source>
            <translation type="unfinished">ເປີດຄັງຂໍ້ມູນ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="37" />
            <source>Lock now</source>
            <translation type="unfinished">ລັອກດຽວນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="42" />
            <source>Quit</source>
            <translation type="unfinished">ອອກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>&amp;Office</source>
            <translation type="unfinished">ຫ້ອງການ(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="48" />
            <source>Users and roles…</source>
            <translation type="unfinished">ຜູ້ໃຊ້ ແລະ ບົດບາດ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="52" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">ປ່ຽນລະຫັດຜ່ານຂອງຂ້ອຍ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="56" />
            <source>Auto-lock…</source>
            <translation type="unfinished">ລັອກອັດຕະໂນມັດ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="60" />
            <source>Privacy report…</source>
            <translation type="unfinished">ລາຍງານຄວາມເປັນສ່ວນຕົວ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="66" />
            <source>Export…</source>
            <translation type="unfinished">ສົ່ງອອກ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="95" />
            <source>Only a supervisor can export.</source>
            <translation type="unfinished">ມີແຕ່ຫົວໜ້າເທົ່ານັ້ນທີ່ສົ່ງອອກໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="114" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">ປ່ຽນລະຫັດຜ່ານແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="100" />
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas ຖືກລັອກຢູ່. ປົດລັອກບ່ອນເກັບຂໍ້ມູນເພື່ອເຮັດວຽກຕໍ່.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;ໄປທີ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="87" />
            <source>Only a supervisor can see the privacy report.</source>
            <translation type="unfinished">ມີແຕ່ຫົວໜ້າເທົ່ານັ້ນທີ່ເບິ່ງລາຍງານຄວາມເປັນສ່ວນຕົວໄດ້.</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນ(&amp;B)…</translation>
        </message>
        <message>
            <source>Unlock a vault to back it up.</source>
            <translation type="unfinished">ປົດລັອກຄັງຂໍ້ມູນກ່ອນຈຶ່ງຈະສຳຮອງຂໍ້ມູນໄດ້.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished">ຄືນຄ່າຈາກຂໍ້ມູນສຳຮອງ(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Forms and versions…</source>
            <translation type="unfinished">ແບບຟອມ ແລະ ສະບັບ(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished">ແນບໄຟລ໌…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="67" />
            <source>Attach a file</source>
            <translation type="unfinished">ແນບໄຟລ໌</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="73" />
            <source>All files (*)</source>
            <translation type="unfinished">ໄຟລ໌ທັງໝົດ (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="90" />
            <source>Images</source>
            <translation type="unfinished">ຮູບພາບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="91" />
            <source>Sound recordings</source>
            <translation type="unfinished">ສຽງທີ່ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="92" />
            <source>Videos</source>
            <translation type="unfinished">ວິດີໂອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">ບໍ່ສາມາດອ່ານໄຟລ໌ນີ້ໄດ້. ເລືອກໄຟລ໌ອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="111" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">ໄຟລ໌ນີ້ບໍ່ແມ່ນຮູບພາບທີ່ Lintas ສະແດງໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="118" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">ໄຟລ໌ນີ້ຫວ່າງເປົ່າ. ເລືອກໄຟລ໌ອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="126" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">ໄຟລ໌ນີ້ມີຂະໜາດ {size} MB; ແນບໄດ້ບໍ່ເກີນ {limit} MB.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="156" />
            <source>No file attached.</source>
            <translation type="unfinished">ຍັງບໍ່ໄດ້ແນບໄຟລ໌.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="165" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (ເກັບໄວ້ໃນຄັງຂໍ້ມູນ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="170" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished">{name}, {size} KB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished">ເອົາອອກ</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="35" />
            <source>New interview</source>
            <translation type="unfinished">ການສຳພາດໃໝ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="44" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">ເລືອກແບບຟອມ ແລ້ວກົດ Enter ເພື່ອເລີ່ມ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="49" />
            <source>Install a form…</source>
            <translation type="unfinished">ຕິດຕັ້ງແບບຟອມ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="53" />
            <source>Start interview</source>
            <translation type="unfinished">ເລີ່ມການສຳພາດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="58" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">ສະບັບຮ່າງທີ່ລໍຖ້າ (ກົດ Enter ເພື່ອເຮັດຕໍ່)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="95" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · ເລີ່ມເມື່ອ {when}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="105" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">ຍັງບໍ່ມີແບບຟອມທີ່ຕິດຕັ້ງ. ຫົວໜ້າເປັນຜູ້ຕິດຕັ້ງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>Install a form</source>
            <translation type="unfinished">ຕິດຕັ້ງແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="125" />
            <source>Reading {name}…</source>
            <translation type="unfinished">ກຳລັງອ່ານ {name}…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="131" />
            <source>Installing the form</source>
            <translation type="unfinished">ກຳລັງຕິດຕັ້ງແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="148" />
            <source>The form was not installed</source>
            <translation type="unfinished">ບໍ່ໄດ້ຕິດຕັ້ງແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="135" />
            <source>Installed: {title}, version {version}.</source>
            <translation type="unfinished">ຕິດຕັ້ງແລ້ວ: {title} ລຸ້ນ {version}.</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/common.py" line="63" />
            <source>Choose…</source>
            <translation type="unfinished">ເລືອກ…</translation>
        </message>
    </context>
    <context>
        <name>PeersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="93" />
            <source>Peers</source>
            <translation type="unfinished">ຫ້ອງການຄູ່ຮ່ວມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="96" />
            <source>Offices this vault exchanges with</source>
            <translation type="unfinished">ຫ້ອງການທີ່ຄັງຂໍ້ມູນນີ້ແລກປ່ຽນຂໍ້ມູນນຳ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Office</source>
            <translation type="unfinished">ຫ້ອງການ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Country</source>
            <translation type="unfinished">ປະເທດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Fingerprint</source>
            <translation type="unfinished">ລາຍນິ້ວມືກະແຈ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>Trusted on</source>
            <translation type="unfinished">ເຊື່ອຖືເມື່ອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>State</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="106" />
            <source>&amp;Trust a card…</source>
            <translation type="unfinished">ເຊື່ອຖືບັດກະແຈ…(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="107" />
            <source>&amp;Revoke…</source>
            <translation type="unfinished">ຖອນຄືນ…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="109" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="129" />
            <source>This office: {office}</source>
            <translation type="unfinished">ຫ້ອງການນີ້: {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="134" />
            <source>&amp;Save this office's card…</source>
            <translation type="unfinished">ບັນທຶກບັດກະແຈຂອງຫ້ອງການນີ້…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="140" />
            <source>Give the card to the other office (USB stick, e-mail), then read them this fingerprint by phone or on paper: they check it when they trust the card.</source>
            <translation type="unfinished">ສົ່ງບັດກະແຈໃຫ້ຫ້ອງການອື່ນ (USB, ອີເມວ), ແລ້ວອ່ານລາຍນິ້ວມືກະແຈນີ້ໃຫ້ຟັງທາງໂທລະສັບ ຫຼື ຂຽນໃສ່ເຈ້ຍ: ເຂົາຈະກວດເບິ່ງເມື່ອເຊື່ອຖືບັດ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="156" />
            <source>Revoked on {date}</source>
            <translation type="unfinished">ຖອນຄືນເມື່ອ {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="158" />
            <source>Trusted</source>
            <translation type="unfinished">ເຊື່ອຖືແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="173" />
            <source>Save this office's card</source>
            <translation type="unfinished">ບັນທຶກບັດກະແຈຂອງຫ້ອງການນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="174" />
            <location filename="../../src/lintas/gui/exchange/peers.py" line="193" />
            <source>Office cards (*.json)</source>
            <translation type="unfinished">ບັດກະແຈຫ້ອງການ (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="182" />
            <source>Saved the card to {path}. Fingerprint: {fingerprint}</source>
            <translation type="unfinished">ບັນທຶກບັດກະແຈໄວ້ທີ່ {path} ແລ້ວ. ລາຍນິ້ວມືກະແຈ: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="192" />
            <source>Choose the other office's card</source>
            <translation type="unfinished">ເລືອກບັດກະແຈຂອງຫ້ອງການອື່ນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="206" />
            <source>That is this office's own card. Choose the other office's card.</source>
            <translation type="unfinished">ນັ້ນແມ່ນບັດກະແຈຂອງຫ້ອງການນີ້ເອງ. ໃຫ້ເລືອກບັດຂອງຫ້ອງການອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="210" />
            <source>Not trusted. Nothing was changed.</source>
            <translation type="unfinished">ບໍ່ໄດ້ເຊື່ອຖື. ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="221" />
            <source>Now trusting {office}.</source>
            <translation type="unfinished">ເຊື່ອຖື {office} ແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="223" />
            <source>{office} was trusted already. Nothing was changed.</source>
            <translation type="unfinished">ເຊື່ອຖື {office} ຢູ່ແລ້ວ. ບໍ່ມີຫຍັງປ່ຽນແປງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="240" />
            <source>Select the office to revoke first.</source>
            <translation type="unfinished">ເລືອກຫ້ອງການທີ່ຈະຖອນຄືນກ່ອນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="243" />
            <source>{office} is revoked already.</source>
            <translation type="unfinished">{office} ຖືກຖອນຄືນແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="247" />
            <source>Revoke an office</source>
            <translation type="unfinished">ຖອນຄືນຫ້ອງການ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="249" />
            <source>Revoke {office}? Its bundles are refused from now on, and the offices you send to learn it too. This is for good: a revoked card is never trusted again, the office must make a new one.</source>
            <translation type="unfinished">ຖອນຄືນ {office} ບໍ? ຊຸດຂໍ້ມູນຂອງຫ້ອງການນີ້ຈະຖືກປະຕິເສດນັບແຕ່ນີ້ໄປ, ແລະ ຫ້ອງການທີ່ທ່ານສົ່ງຫາກໍຈະຮູ້ນຳ. ນີ້ແມ່ນຖາວອນ: ບັດທີ່ຖືກຖອນຄືນຈະບໍ່ໄດ້ຮັບຄວາມເຊື່ອຖືອີກ, ຫ້ອງການນັ້ນຕ້ອງເຮັດບັດໃໝ່.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="256" />
            <source>Revoke</source>
            <translation type="unfinished">ຖອນຄືນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="257" />
            <source>Keep trusting</source>
            <translation type="unfinished">ເຊື່ອຖືຕໍ່ໄປ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="271" />
            <source>Revoked {office}.</source>
            <translation type="unfinished">ຖອນຄືນ {office} ແລ້ວ.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="42" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">ສາທາລະນະ (k = 5; 11 ເມື່ອມີຄໍາຖາມທີ່ອ່ອນໄຫວ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="43" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">ຈຳກັດ (k = 3; 11 ເມື່ອມີຄໍາຖາມທີ່ອ່ອນໄຫວ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="44" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">ພາຍໃນ (ໃນຫ້ອງການ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="70" />
            <source>Choose a form and a level, then press Check.</source>
            <translation type="unfinished">ເລືອກແບບຟອມ ແລະ ລະດັບ ແລ້ວກົດ ກວດສອບ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="97" />
            <source>Install a form first.</source>
            <translation type="unfinished">ຕິດຕັ້ງແບບຟອມກ່ອນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="101" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">ວັນທີທຳອິດຢູ່ຫຼັງວັນທີສຸດທ້າຍ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="104" />
            <source>Checking…</source>
            <translation type="unfinished">ກຳລັງກວດສອບ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="137" />
            <source>What this level does, and what to do</source>
            <translation type="unfinished">ລະດັບນີ້ເຮັດຫຍັງ ແລະ ຄວນເຮັດຫຍັງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="139" />
            <source>Checked on {date} by {user}, office {office}. Nothing was exported.</source>
            <translation type="unfinished">ກວດເມື່ອ {date} ໂດຍ {user}, ຫ້ອງການ {office}. ບໍ່ມີຂໍ້ມູນໃດຖືກສົ່ງອອກ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="161" />
            <source>The report went to the printer.</source>
            <translation type="unfinished">ສົ່ງລາຍງານໄປເຄື່ອງພິມແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>Save the report as PDF</source>
            <translation type="unfinished">ບັນທຶກລາຍງານເປັນ PDF</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished">ໄຟລ໌ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="179" />
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation type="unfinished">ບໍ່ມີໂຟນເດີ {folder}. ກະລຸນາເລືອກໂຟນເດີອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="187" />
            <source>Could not write {path}. Check that the folder is writable.</source>
            <translation type="unfinished">ຂຽນ {path} ບໍ່ໄດ້. ກະລຸນາກວດວ່າໂຟນເດີນັ້ນຂຽນໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="193" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished">ບັນທຶກລາຍງານເປັນ {path} ແລ້ວ.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished">ລາຍງານຄວາມເປັນສ່ວນຕົວ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Says what an export of this form's final interviews at this level would publish, what it would leave out or blank so that no one can be picked out, and what you can do about it. Nothing is exported.</source>
            <translation type="unfinished">ບອກວ່າການສົ່ງອອກການສໍາພາດສະບັບສຸດທ້າຍຂອງແບບຟອມນີ້ໃນລະດັບນີ້ຈະເຜີຍແຜ່ຫຍັງ, ຈະຕັດອອກ ຫຼື ປະຫວ່າງຫຍັງເພື່ອບໍ່ໃຫ້ລະບຸຕົວຄົນໄດ້, ແລະ ທ່ານເຮັດຫຍັງໄດ້ແດ່. ບໍ່ມີຂໍ້ມູນໃດຖືກສົ່ງອອກ.</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished">ແບບຟອມ:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished">ລະດັບ:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="42" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">ສະເພາະວັນທີ(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="55" />
            <source>to</source>
            <translation type="unfinished">ເຖິງ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="78" />
            <source>Check</source>
            <translation type="unfinished">ກວດສອບ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="111" />
            <source>&amp;Print…</source>
            <translation type="unfinished">ພິມ(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="117" />
            <source>Save as PD&amp;F…</source>
            <translation type="unfinished">ບັນທຶກເປັນ PDF(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="123" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="21" />
            <source>Receipts</source>
            <translation type="unfinished">ໃບຕອບຮັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="24" />
            <source>What each office holds</source>
            <translation type="unfinished">ສິ່ງທີ່ແຕ່ລະຫ້ອງການມີຢູ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Office</source>
            <translation type="unfinished">ຫ້ອງການ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Holds</source>
            <translation type="unfinished">ມີຢູ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>To send</source>
            <translation type="unfinished">ທີ່ຕ້ອງສົ່ງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Bundles sent</source>
            <translation type="unfinished">ຊຸດຂໍ້ມູນທີ່ສົ່ງແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Receipts back</source>
            <translation type="unfinished">ໃບຕອບຮັບທີ່ກັບມາ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Last receipt</source>
            <translation type="unfinished">ໃບຕອບຮັບລ່າສຸດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Bundles received</source>
            <translation type="unfinished">ຊຸດຂໍ້ມູນທີ່ໄດ້ຮັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Record</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Form</source>
            <translation type="unfinished">ແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Revision here</source>
            <translation type="unfinished">ສະບັບແກ້ໄຂບ່ອນນີ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>Revision they hold</source>
            <translation type="unfinished">ສະບັບແກ້ໄຂທີ່ເຂົາມີ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>State</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="42" />
            <source>An office holds a record once its receipt for a bundle came back (Office → Receive bundle), or when it sent the record here itself.</source>
            <translation type="unfinished">ຫ້ອງການໜຶ່ງຖືວ່າມີບັນທຶກແລ້ວ ເມື່ອໃບຕອບຮັບຊຸດຂໍ້ມູນຂອງຫ້ອງການນັ້ນກັບມາ (ຫ້ອງການ → ຮັບຊຸດຂໍ້ມູນ), ຫຼື ເມື່ອຫ້ອງການນັ້ນສົ່ງບັນທຶກມາບ່ອນນີ້ເອງ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="51" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="66" />
            <source>{office} (revoked)</source>
            <translation type="unfinished">{office} (ຖືກຖອນຄືນ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="68" />
            <source>{count} of {total}</source>
            <translation type="unfinished">{count} ຈາກ {total}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="74" />
            <source>none yet</source>
            <translation type="unfinished">ຍັງບໍ່ມີ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="78" />
            <source>No office is trusted yet (Office → Peers).</source>
            <translation type="unfinished">ຍັງບໍ່ໄດ້ເຊື່ອຖືຫ້ອງການໃດ (ຫ້ອງການ → ຫ້ອງການຄູ່ຮ່ວມ).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="83" />
            <source>Holds it</source>
            <translation type="unfinished">ມີແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="85" />
            <source>Holds another version</source>
            <translation type="unfinished">ມີສະບັບອື່ນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="86" />
            <source>Not yet</source>
            <translation type="unfinished">ຍັງບໍ່ທັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="103" />
            <source>Records of this vault, and what {office} holds of them:</source>
            <translation type="unfinished">ບັນທຶກຂອງຄັງຂໍ້ມູນນີ້ ແລະ ສ່ວນທີ່ {office} ມີຢູ່:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="105" />
            <source>The first {count} records of this vault, and what {office} holds:</source>
            <translation type="unfinished">ບັນທຶກ {count} ລາຍການທຳອິດຂອງຄັງຂໍ້ມູນນີ້ ແລະ ສ່ວນທີ່ {office} ມີຢູ່:</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>Receive a bundle or receipt</source>
            <translation type="unfinished">ຮັບຊຸດຂໍ້ມູນ ຫຼື ໃບຕອບຮັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>&amp;Receive</source>
            <translation type="unfinished">ຮັບ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="237" />
            <source>&amp;File from the other office:</source>
            <translation type="unfinished">ໄຟລ໌ຈາກຫ້ອງການອື່ນ(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="240" />
            <source>Choose the bundle or receipt</source>
            <translation type="unfinished">ເລືອກຊຸດຂໍ້ມູນ ຫຼື ໃບຕອບຮັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="241" />
            <source>Lintas bundles ({patterns})</source>
            <translation type="unfinished">ຊຸດຂໍ້ມູນ Lintas ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="245" />
            <source>&amp;Write a receipt for the sender, beside the file</source>
            <translation type="unfinished">ຂຽນໃບຕອບຮັບສຳລັບຜູ້ສົ່ງ ໄວ້ຂ້າງໄຟລ໌(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="250" />
            <source>Everything is checked first: who signed it, that it is for this office, every record. Then all of it is imported, or nothing.</source>
            <translation type="unfinished">ທຸກຢ່າງຈະຖືກກວດກ່ອນ: ໃຜລົງນາມ, ເຮັດຂຶ້ນສຳລັບຫ້ອງການນີ້ບໍ່, ແລະ ທຸກບັນທຶກ. ຈາກນັ້ນຈະນຳເຂົ້າທັງໝົດ ຫຼື ບໍ່ນຳເຂົ້າເລີຍ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="259" />
            <source>Re&amp;place the regional key anyway…</source>
            <translation type="unfinished">ແທນກະແຈລະດັບພາກພື້ນຢູ່ດີ…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="279" />
            <source>Choose the file that the other office sent (Choose… or type its path).</source>
            <translation type="unfinished">ເລືອກໄຟລ໌ທີ່ຫ້ອງການອື່ນສົ່ງມາ (ເລືອກ… ຫຼື ພິມທີ່ຢູ່ໄຟລ໌).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="285" />
            <source>Checking and importing…</source>
            <translation type="unfinished">ກຳລັງກວດ ແລະ ນຳເຂົ້າ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="290" />
            <source>Receiving</source>
            <translation type="unfinished">ກຳລັງຮັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="311" />
            <source>Replace the regional key</source>
            <translation type="unfinished">ແທນກະແຈລະດັບພາກພື້ນ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="313" />
            <source>Replace this vault's regional key {old} with the key {new} of {office}?

The %n pseudonyms made here under the old key stay as they are, but they will never match pseudonyms made under the new key, here or at any other office: a person interviewed before and after the change will not show as a possible repeat interview. The old pseudonyms cannot be made again, because the identifiers were never stored. This cannot be undone.

Replace it only if the hub says that every office changes to its key.</source>
            <translation type="unfinished">
                <numerusform>ແທນກະແຈລະດັບພາກພື້ນ {old} ຂອງຄັງຂໍ້ມູນນີ້ດ້ວຍກະແຈ {new} ຂອງ {office} ບໍ?

ນາມແຝງ %n ລາຍການທີ່ສ້າງຢູ່ນີ້ດ້ວຍກະແຈເກົ່າຍັງຄືເກົ່າ ແຕ່ຈະບໍ່ກົງກັບນາມແຝງທີ່ສ້າງດ້ວຍກະແຈໃໝ່ເລີຍ ທັງຢູ່ນີ້ ແລະ ຢູ່ຫ້ອງການອື່ນ: ຄົນທີ່ຖືກສໍາພາດທັງກ່ອນ ແລະ ຫຼັງການປ່ຽນ ຈະບໍ່ສະແດງເປັນການສໍາພາດຊໍ້າທີ່ອາດເປັນໄປໄດ້. ນາມແຝງເກົ່າສ້າງຄືນບໍ່ໄດ້ ເພາະບໍ່ເຄີຍເກັບຂໍ້ມູນລະບຸຕົວຕົນໄວ້. ຍ້ອນຄືນບໍ່ໄດ້.

ແທນສະເພາະເມື່ອສູນກາງແຈ້ງວ່າທຸກຫ້ອງການປ່ຽນໄປໃຊ້ກະແຈຂອງສູນກາງ.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="328" />
            <source>&amp;Replace the key</source>
            <translation type="unfinished">ແທນກະແຈ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="329" />
            <source>&amp;Keep the current key</source>
            <translation type="unfinished">ໃຊ້ກະແຈປັດຈຸບັນຕໍ່ໄປ(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="286" />
            <source>Record</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="302" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="297" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">ການສໍາພາດທີ່ອາດຊໍ້າກັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="315" />
            <source>Same person</source>
            <translation type="unfinished">ຄົນດຽວກັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="316" />
            <source>Different people</source>
            <translation type="unfinished">ຄົນລະຄົນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="325" />
            <source>not decided yet</source>
            <translation type="unfinished">ຍັງບໍ່ໄດ້ຕັດສິນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="326" />
            <source>decided: the same person</source>
            <translation type="unfinished">ຕັດສິນແລ້ວ: ຄົນດຽວກັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="327" />
            <source>decided: different people</source>
            <translation type="unfinished">ຕັດສິນແລ້ວ: ຄົນລະຄົນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="330" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">ຕົວລະບຸດຽວກັນກັບບັນທຶກ {record}, ພົບເມື່ອ {when}: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="340" />
            <source>Not done</source>
            <translation type="unfinished">ເຮັດບໍ່ສຳເລັດ</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="178" />
            <source>Created</source>
            <translation type="unfinished">ສ້າງເມື່ອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="179" />
            <source>Form</source>
            <translation type="unfinished">ແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="180" />
            <source>Status</source>
            <translation type="unfinished">ສະຖານະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="181" />
            <source>Rev.</source>
            <translation type="unfinished">ສະບັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="182" />
            <source>By</source>
            <translation type="unfinished">ໂດຍ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="183" />
            <source>Answers</source>
            <translation type="unfinished">ຄຳຕອບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="184" />
            <source>Record id</source>
            <translation type="unfinished">ລະຫັດບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="187" />
            <source>draft</source>
            <translation type="unfinished">ສະບັບຮ່າງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="188" />
            <source>final</source>
            <translation type="unfinished">ຢືນຢັນແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="189" />
            <source>void</source>
            <translation type="unfinished">ເປັນໂມຄະ</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="59" />
            <source>Records</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <location filename="../../src/lintas/gui/pages/records.py" line="115" />
            <source>Search…</source>
            <translation type="unfinished">ຄົ້ນຫາ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="126" />
            <source>Any status</source>
            <translation type="unfinished">ທຸກສະຖານະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="128" />
            <source>Drafts</source>
            <translation type="unfinished">ສະບັບຮ່າງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="129" />
            <source>Final</source>
            <translation type="unfinished">ຢືນຢັນແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="130" />
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>Void</source>
            <translation type="unfinished">ເປັນໂມຄະ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="134" />
            <source>Since</source>
            <translation type="unfinished">ຕັ້ງແຕ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>View</source>
            <translation type="unfinished">ເບິ່ງ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="150" />
            <source>Edit as new revision</source>
            <translation type="unfinished">ແກ້ໄຂເປັນສະບັບໃໝ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="151" />
            <source>Finalise</source>
            <translation type="unfinished">ຢືນຢັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="152" />
            <source>Void…</source>
            <translation type="unfinished">ເຮັດໃຫ້ເປັນໂມຄະ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="177" />
            <source>Any form</source>
            <translation type="unfinished">ທຸກແບບຟອມ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="178" />
            <source>Any user</source>
            <translation type="unfinished">ຜູ້ໃຊ້ທຸກຄົນ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/pages/records.py" line="211" />
            <source>%n record(s) match.</source>
            <translation type="unfinished">
                <numerusform>ພົບ %n ບັນທຶກ.</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">ບັນທຶກທີ່ເປັນໂມຄະແກ້ໄຂບໍ່ໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="247" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">ບັນທຶກ {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Not done</source>
            <translation type="unfinished">ເຮັດບໍ່ສຳເລັດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="240" />
            <source>Record {record} is final now.</source>
            <translation type="unfinished">ບັນທຶກ {record} ຢືນຢັນແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="257" />
            <source>Record {record} is void now.</source>
            <translation type="unfinished">ບັນທຶກ {record} ເປັນໂມຄະແລ້ວ.</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="258" />
            <source>The vault folder</source>
            <translation type="unfinished">ໂຟນເດີຄັງຂໍ້ມູນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="265" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ. ພິມໃໝ່ອີກຄັ້ງ.</translation>
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished">ກູ້ຄືນດ້ວຍກະແຈກູ້ຄືນ</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished">ພິມກະແຈກູ້ຄືນໃຫ້ຕົງຕາມທີ່ພິມໄວ້ ແລ້ວເລືອກລະຫັດຜ່ານໃໝ່ສຳລັບຜູ້ໃຊ້ຂອງທ່ານ. ຂໍ້ມູນໃນຄັງບໍ່ມີການປ່ຽນແປງ.</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">ໄຟລ໌ຄັງຂໍ້ມູນ:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">ເລືອກ…</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished">ກະແຈກູ້ຄືນ:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished">ຜູ້ໃຊ້:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished">ລະຫັດຜ່ານໃໝ່:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished">ລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">ຄວາມແຂງແຮງ:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished">ກູ້ຄືນ</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished">ຫ້ອງການ: {office}
ຄັງຂໍ້ມູນ: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished">ກະແຈກູ້ຄືນຄັງຂໍ້ມູນ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished">ໃຜກໍຕາມທີ່ມີກະແຈນີ້ເປີດຄັງຂໍ້ມູນໄດ້. ເກັບໄວ້ໃນບ່ອນລັອກ ແຍກຈາກຄອມພິວເຕີ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished">ບັນທຶກກະແຈກູ້ຄືນເປັນ PDF</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished">ກະແຈກູ້ຄືນຂອງທ່ານ</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished">ກະແຈນີ້ສະແດງພຽງຄັ້ງດຽວ. ມີກະແຈນີ້ ໃຜກໍເປີດຄັງຂໍ້ມູນໄດ້ ແລະ ຖ້າບໍ່ມີ ລະຫັດຜ່ານທີ່ລືມຈະແກ້ບໍ່ໄດ້. ພິມ ຫຼື ບັນທຶກເປັນ PDF ແລ້ວເກັບໃຫ້ຫ່າງຈາກຄອມພິວເຕີນີ້.</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished">ພິມ…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished">ບັນທຶກເປັນ PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished">ຂ້ອຍໄດ້ພິມ ຫຼື ບັນທຶກກະແຈກູ້ຄືນແລ້ວ ແລະ ຈະເກັບຮັກສາໃຫ້ປອດໄພ.</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished">ສືບຕໍ່</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished">ກວດຄືນກ່ອນຢືນຢັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="48" />
            <source>Finalise interview</source>
            <translation type="unfinished">ຢືນຢັນການສຳພາດ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="69" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>ມີ %n ບັນຫາທີ່ຕ້ອງແກ້ກ່ອນຢືນຢັນການສຳພາດນີ້.</numerusform>
                <numerusform>ມີ %n ບັນຫາທີ່ຕ້ອງແກ້ກ່ອນຢືນຢັນການສຳພາດນີ້.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="76" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">ບໍ່ມີບັນຫາ. ກວດເບິ່ງຄຳເຕືອນ: ການຢືນຢັນຈະບັນທຶກຂໍ້ຄວາມຕາມທີ່ເປັນຢູ່.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="79" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">ບໍ່ມີບັນຫາ. ຢືນຢັນການສຳພາດໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">ຂ້ອຍໄດ້ກວດຄໍາຕອບທີ່ຖືກໝາຍໄວ້ແລ້ວ: ບໍ່ມີຊື່, ເລກ ຫຼື ທີ່ຢູ່</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="100" />
            <source>Fix the problems listed above first.</source>
            <translation type="unfinished">ແກ້ໄຂບັນຫາທີ່ສະແດງຢູ່ຂ້າງເທິງກ່ອນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="102" />
            <source>Look at the warnings above and tick the box under them first.</source>
            <translation type="unfinished">ເບິ່ງຄຳເຕືອນຂ້າງເທິງ ແລະ ໝາຍໃສ່ຫ້ອງທາງລຸ່ມກ່ອນ.</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>Send to other offices</source>
            <translation type="unfinished">ສົ່ງຫາຫ້ອງການອື່ນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>&amp;Send</source>
            <translation type="unfinished">ສົ່ງ(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="127" />
            <source>&amp;Offices to send to:</source>
            <translation type="unfinished">ຫ້ອງການທີ່ຈະສົ່ງຫາ(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="133" />
            <source>Every final and void record that the chosen offices do not hold yet goes into one encrypted bundle. Drafts never leave this vault.</source>
            <translation type="unfinished">ທຸກບັນທຶກທີ່ຢືນຢັນແລ້ວ ແລະ ທີ່ເປັນໂມຄະ ຊຶ່ງຫ້ອງການທີ່ເລືອກຍັງບໍ່ມີ ຈະຖືກລວມໄວ້ໃນຊຸດຂໍ້ມູນທີ່ເຂົ້າລະຫັດຊຸດດຽວ. ສະບັບຮ່າງບໍ່ອອກຈາກຄັງຂໍ້ມູນນີ້ເລີຍ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="140" />
            <source>Save the &amp;bundle as:</source>
            <translation type="unfinished">ບັນທຶກຊຸດຂໍ້ມູນເປັນ(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="142" />
            <source>Save the bundle as</source>
            <translation type="unfinished">ບັນທຶກຊຸດຂໍ້ມູນເປັນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="153" />
            <source>S&amp;plit into parts for e-mail, each at most</source>
            <translation type="unfinished">ແບ່ງເປັນສ່ວນສຳລັບອີເມວ, ແຕ່ລະສ່ວນບໍ່ເກີນ(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="177" />
            <source>{office}: {count} records to send</source>
            <translation type="unfinished">{office}: ຕ້ອງສົ່ງ {count} ບັນທຶກ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="187" />
            <source>No office is trusted yet. Trust its card first under Office → Peers.</source>
            <translation type="unfinished">ຍັງບໍ່ໄດ້ເຊື່ອຖືຫ້ອງການໃດ. ໃຫ້ເຊື່ອຖືບັດກະແຈຂອງຫ້ອງການນັ້ນກ່ອນທີ່ ຫ້ອງການ → ຫ້ອງການຄູ່ຮ່ວມ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="206" />
            <source>Tick at least one office to send to (Space ticks the one selected).</source>
            <translation type="unfinished">ໝາຍຫ້ອງການທີ່ຈະສົ່ງຫາຢ່າງໜ້ອຍໜຶ່ງແຫ່ງ (ກົດ Space ເພື່ອໝາຍລາຍການທີ່ເລືອກ).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="208" />
            <source>Say where to save the bundle.</source>
            <translation type="unfinished">ລະບຸບ່ອນທີ່ຈະບັນທຶກຊຸດຂໍ້ມູນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="210" />
            <source>The folder {path} does not exist.</source>
            <translation type="unfinished">ບໍ່ມີໂຟນເດີ {path}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="214" />
            <source>{path} exists already. Choose another name.</source>
            <translation type="unfinished">ມີ {path} ຢູ່ແລ້ວ. ໃຫ້ເລືອກຊື່ອື່ນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="219" />
            <source>Packing and encrypting the records…</source>
            <translation type="unfinished">ກຳລັງລວບລວມ ແລະ ເຂົ້າລະຫັດບັນທຶກ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="227" />
            <source>Sending</source>
            <translation type="unfinished">ກຳລັງສົ່ງ</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="22" />
            <source>Too short</source>
            <translation type="unfinished">ສັ້ນເກີນໄປ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="23" />
            <source>Weak</source>
            <translation type="unfinished">ອ່ອນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="24" />
            <source>Fair</source>
            <translation type="unfinished">ພໍໃຊ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="25" />
            <source>Good</source>
            <translation type="unfinished">ດີ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="26" />
            <source>Strong</source>
            <translation type="unfinished">ແຂງແຮງ</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="19" />
            <source>an e-mail address</source>
            <translation type="unfinished">ທີ່ຢູ່ອີເມວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="20" />
            <source>a web address</source>
            <translation type="unfinished">ທີ່ຢູ່ເວັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="21" />
            <source>an ID card number</source>
            <translation type="unfinished">ເລກບັດປະຈຳຕົວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="22" />
            <source>a passport number</source>
            <translation type="unfinished">ເລກໜັງສືຜ່ານແດນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="23" />
            <source>a phone number</source>
            <translation type="unfinished">ເບີໂທລະສັບ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="24" />
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">ຕົວເລກຍາວ (ເລກປະຈຳຕົວ ຫຼື ເລກບັນຊີ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="37" />
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">ຄຳຕອບນີ້ເບິ່ງຄືວ່າມີ{kinds}. Lintas ຕ້ອງບໍ່ເກັບມັນໄວ້: ກົດ ລຶບຂໍ້ມູນລະບຸຕົວຕົນ ຫຼື ແກ້ໄຂຄຳຕອບ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="45" />
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">ຂໍ້ຄວາມພາສາມຽນມານີ້ພິມດ້ວຍ Zawgyi: {button} ຈະປ່ຽນເປັນ Unicode.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="57" />
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation type="unfinished">, </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="59" />
            <source>{items} and {last}</source>
            <translation type="unfinished">{items} ແລະ {last}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="68" />
            <source>Redact</source>
            <translation type="unfinished">ລຶບຂໍ້ມູນລະບຸຕົວຕົນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="69" />
            <source>Convert to Unicode</source>
            <translation type="unfinished">ປ່ຽນເປັນ Unicode</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="99" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="107" />
            <source>Working…</source>
            <translation type="unfinished">ກຳລັງເຮັດວຽກ…</translation>
        </message>
    </context>
    <context>
        <name>TrustCardDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="54" />
            <source>Trust an office</source>
            <translation type="unfinished">ເຊື່ອຖືຫ້ອງການ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="56" />
            <source>Office: {office}</source>
            <translation type="unfinished">ຫ້ອງການ: {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="58" />
            <source>Country: {country}</source>
            <translation type="unfinished">ປະເທດ: {country}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="59" />
            <source>Card made: {date}</source>
            <translation type="unfinished">ເຮັດບັດເມື່ອ: {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="61" />
            <source>Fingerprint on this card:</source>
            <translation type="unfinished">ລາຍນິ້ວມືກະແຈໃນບັດນີ້:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="65" />
            <source>Call the office, or meet, and ask them to read their fingerprint to you. Trust the card only if every group is the same: a card can be swapped on the way, the fingerprint cannot.</source>
            <translation type="unfinished">ໂທຫາຫ້ອງການນັ້ນ ຫຼື ພົບກັນ, ແລ້ວຂໍໃຫ້ອ່ານລາຍນິ້ວມືກະແຈໃຫ້ຟັງ. ເຊື່ອຖືບັດສະເພາະເມື່ອທຸກກຸ່ມກົງກັນ: ບັດອາດຖືກສັບປ່ຽນລະຫວ່າງທາງໄດ້, ແຕ່ລາຍນິ້ວມືກະແຈບໍ່ໄດ້.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="72" />
            <source>The office read me this same fingerprint</source>
            <translation type="unfinished">ຫ້ອງການນັ້ນອ່ານລາຍນິ້ວມືກະແຈດຽວກັນນີ້ໃຫ້ຂ້ອຍຟັງແລ້ວ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="76" />
            <source>Do not trust</source>
            <translation type="unfinished">ບໍ່ເຊື່ອຖື</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="77" />
            <source>Trust this office</source>
            <translation type="unfinished">ເຊື່ອຖືຫ້ອງການນີ້</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="97" />
            <source>Vault: {path}</source>
            <translation type="unfinished">ຄັງຂໍ້ມູນ: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="135" />
            <source>Pick your user name.</source>
            <translation type="unfinished">ເລືອກຊື່ຜູ້ໃຊ້ຂອງທ່ານ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="165" />
            <source>Stopped waiting: nothing was tried.</source>
            <translation type="unfinished">ຢຸດລໍຖ້າແລ້ວ: ຍັງບໍ່ໄດ້ລອງປົດລັອກ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="182" />
            <source>Lintas tries in {seconds} s, because of wrong passphrases typed for this user. Press Escape to stop waiting.</source>
            <translation type="unfinished">Lintas ຈະລອງໃນອີກ {seconds} ວິນາທີ ເພາະມີການພິມລະຫັດຜ່ານຜິດສຳລັບຜູ້ໃຊ້ນີ້. ກົດ Esc ເພື່ອຢຸດລໍຖ້າ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="187" />
            <source>Because of wrong passphrases, the next try for this user can start in {seconds} s.</source>
            <translation type="unfinished">ເພາະລະຫັດຜ່ານຜິດ, ການລອງຄັ້ງຕໍ່ໄປຂອງຜູ້ໃຊ້ນີ້ເລີ່ມໄດ້ໃນອີກ {seconds} ວິນາທີ.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished">ປົດລັອກຄັງຂໍ້ມູນ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished">ຜູ້ໃຊ້:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished">ລະຫັດຜ່ານ:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="73" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">ລືມລະຫັດຜ່ານ…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="78" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="83" />
            <source>Unlock</source>
            <translation type="unfinished">ປົດລັອກ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="44" />
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished">ຈື່ຊື່ຂອງຂ້ອຍ ແລະ ຄັງຂໍ້ມູນນີ້ໄວ້ໃນຄອມພິວເຕີເຄື່ອງນີ້</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished">ຜູ້ໃຊ້</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished">ບົດບາດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished">ເພີ່ມເມື່ອ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Enumerator</source>
            <translation type="unfinished">ພະນັກງານສຳພາດ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Supervisor</source>
            <translation type="unfinished">ຫົວໜ້າ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="111" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">ເລືອກຜູ້ໃຊ້ທີ່ຈະລຶບກ່ອນ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="76" />
            <source>Only a supervisor can add or remove users.</source>
            <translation type="unfinished">ມີແຕ່ຫົວໜ້າເທົ່ານັ້ນທີ່ເພີ່ມ ຫຼື ລຶບຜູ້ໃຊ້ໄດ້.</translation>
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished">ຜູ້ໃຊ້ ແລະ ບົດບາດ</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished">ເພີ່ມຜູ້ໃຊ້</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished">ຊື່ຜູ້ໃຊ້:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished">ບົດບາດ:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished">ລະຫັດຜ່ານຂອງຜູ້ໃຊ້:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished">ເພີ່ມຜູ້ໃຊ້</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished">ລຶບຜູ້ໃຊ້ທີ່ເລືອກ</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="33" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">ບອກເຫດຜົນທີ່ບັນທຶກນີ້ເປັນໂມຄະສັ້ນໆ.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="21" />
            <source>Redact</source>
            <translation type="unfinished">ລຶບຂໍ້ມູນລະບຸຕົວຕົນ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="38" />
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished">ເຫດຜົນນີ້ເບິ່ງຄືວ່າມີເບີໂທ, ອີເມວ, ທີ່ຢູ່ເວັບ ຫຼື ເລກເອກະສານ. Lintas ບໍ່ເກັບສິ່ງເຫຼົ່ານີ້: ກົດ ລຶບຂໍ້ມູນລະບຸຕົວຕົນ ຫຼື ຂຽນເຫດຜົນໂດຍບໍ່ມີພວກມັນ.</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished">ເຮັດໃຫ້ບັນທຶກເປັນໂມຄະ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished">ເປັນຫຍັງບັນທຶກນີ້ຈຶ່ງເປັນໂມຄະ? ເຫດຜົນຈະເກັບໄວ້ໃນບັນທຶກການກວດສອບ.</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="49" />
            <source>Cancel</source>
            <translation type="unfinished">ຍົກເລີກ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="54" />
            <source>Void record</source>
            <translation type="unfinished">ເຮັດໃຫ້ບັນທຶກເປັນໂມຄະ</translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished">ຍິນດີຕ້ອນຮັບສູ່ Lintas</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished">Lintas ເກັບບັນທຶກການສຳຫຼວດແຮງງານເຄື່ອນຍ້າຍໄວ້ໃນຄັງຂໍ້ມູນທີ່ເຂົ້າລະຫັດໃນຄອມພິວເຕີນີ້. ສ້າງຄັງຂໍ້ມູນໃໝ່ສຳລັບຫ້ອງການຂອງທ່ານ ຫຼື ເປີດຄັງທີ່ມີຢູ່ແລ້ວ.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished">ສ້າງຄັງຂໍ້ມູນໃໝ່…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished">ເປີດຄັງຂໍ້ມູນທີ່ມີຢູ່…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished">ກູ້ຄືນດ້ວຍກະແຈກູ້ຄືນ…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished">ພາສາຂອງແອັບ:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished">ບັນຫາທີ່ບໍ່ຄາດຄິດ</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>&amp;Back up</source>
            <translation type="unfinished">ສຳຮອງຂໍ້ມູນ(&amp;B)</translation>
        </message>
        <message>
            <source>A backup is an encrypted copy of the whole vault, in a new folder. It opens with the same passphrases and recovery key. Keep it on a USB stick or another disk, away from this computer.</source>
            <translation type="unfinished">ຂໍ້ມູນສຳຮອງແມ່ນສຳເນົາທີ່ເຂົ້າລະຫັດຂອງຄັງຂໍ້ມູນທັງໝົດ ຢູ່ໃນໂຟນເດີໃໝ່. ມັນເປີດໄດ້ດ້ວຍລະຫັດຜ່ານ ແລະ ກະແຈກູ້ຄືນເດີມ. ເກັບມັນໄວ້ໃນ USB ຫຼື ດິສອື່ນ, ຫ່າງຈາກຄອມພິວເຕີນີ້.</translation>
        </message>
        <message>
            <source>Back up the vault</source>
            <translation type="unfinished">ສຳຮອງຄັງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation type="unfinished">ກຳລັງສຳຮອງຂໍ້ມູນ</translation>
        </message>
        <message>
            <source>Backup cancelled. No copy was left.</source>
            <translation type="unfinished">ຍົກເລີກການສຳຮອງຂໍ້ມູນແລ້ວ. ບໍ່ມີສຳເນົາເຫຼືອຢູ່.</translation>
        </message>
        <message>
            <source>Copying the vault…</source>
            <translation type="unfinished">ກຳລັງສຳເນົາຄັງຂໍ້ມູນ…</translation>
        </message>
        <message>
            <source>Save the backup &amp;as (a new folder):</source>
            <translation type="unfinished">ບັນທຶກຂໍ້ມູນສຳຮອງເປັນ (ໂຟນເດີໃໝ່)(&amp;A):</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation type="unfinished">ບັນທຶກຂໍ້ມູນສຳຮອງເປັນ</translation>
        </message>
        <message>
            <source>Say where to save the backup.</source>
            <translation type="unfinished">ລະບຸບ່ອນທີ່ຈະບັນທຶກຂໍ້ມູນສຳຮອງ.</translation>
        </message>
        <message>
            <source>The backup is saved in {path}. It opens with the same passphrases and recovery key.</source>
            <translation type="unfinished">ບັນທຶກຂໍ້ມູນສຳຮອງໄວ້ທີ່ {path} ແລ້ວ. ມັນເປີດໄດ້ດ້ວຍລະຫັດຜ່ານ ແລະ ກະແຈກູ້ຄືນເດີມ.</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new folder name.</source>
            <translation type="unfinished">ມີ {path} ຢູ່ແລ້ວ. ໃຫ້ເລືອກຊື່ໂຟນເດີໃໝ່.</translation>
        </message>
        <message>
            <source>&amp;Remind on Home after this many days without a backup (0: never):</source>
            <translation type="unfinished">ເຕືອນຢູ່ໜ້າຫຼັກເມື່ອບໍ່ໄດ້ສຳຮອງຂໍ້ມູນຄົບຈຳນວນມື້ນີ້ (0: ບໍ່ເຕືອນ)(&amp;R):</translation>
        </message>
        <message>
            <source>Only a supervisor can change the backup reminder.</source>
            <translation type="unfinished">ສະເພາະຫົວໜ້າເທົ່ານັ້ນທີ່ປ່ຽນການເຕືອນສຳຮອງຂໍ້ມູນໄດ້.</translation>
        </message>
        <message>
            <source>Sa&amp;ve the reminder</source>
            <translation type="unfinished">ບັນທຶກການເຕືອນ(&amp;V)</translation>
        </message>
        <message>
            <source>The backup reminder is off.</source>
            <translation type="unfinished">ປິດການເຕືອນສຳຮອງຂໍ້ມູນແລ້ວ.</translation>
        </message>
        <message>
            <source>The backup reminder is saved for every user of this vault.</source>
            <translation type="unfinished">ບັນທຶກການເຕືອນສຳຮອງຂໍ້ມູນສຳລັບຜູ້ໃຊ້ທຸກຄົນຂອງຄັງຂໍ້ມູນນີ້ແລ້ວ.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Backup folder:</source>
            <translation type="unfinished">ໂຟນເດີຂໍ້ມູນສຳຮອງ(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">ຄືນຄ່າ(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unlock the restored vault…</source>
            <translation type="unfinished">ປົດລັອກຄັງຂໍ້ມູນທີ່ຄືນຄ່າແລ້ວ(&amp;U)…</translation>
        </message>
        <message>
            <source>A restore copies a backup into a new folder, where it is then unlocked. It never writes over a vault: the vault in use stays as it is. Unlock the restored vault with the passphrases or recovery key of the backup.</source>
            <translation type="unfinished">ການຄືນຄ່າຈະສຳເນົາຂໍ້ມູນສຳຮອງໄປໃສ່ໂຟນເດີໃໝ່ ແລ້ວປົດລັອກຢູ່ບ່ອນນັ້ນ. ມັນບໍ່ເຄີຍຂຽນທັບຄັງຂໍ້ມູນໃດ: ຄັງຂໍ້ມູນທີ່ໃຊ້ຢູ່ຍັງຄືເກົ່າ. ປົດລັອກຄັງຂໍ້ມູນທີ່ຄືນຄ່າດ້ວຍລະຫັດຜ່ານ ຫຼື ກະແຈກູ້ຄືນຂອງຂໍ້ມູນສຳຮອງນັ້ນ.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation type="unfinished">ເລືອກໂຟນເດີຂໍ້ມູນສຳຮອງ</translation>
        </message>
        <message>
            <source>Choose the backup folder (Choose… or type its path).</source>
            <translation type="unfinished">ເລືອກໂຟນເດີຂໍ້ມູນສຳຮອງ (ເລືອກ… ຫຼື ພິມບ່ອນຢູ່ຂອງມັນ).</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation type="unfinished">ກຳລັງສຳເນົາຂໍ້ມູນສຳຮອງ…</translation>
        </message>
        <message>
            <source>Restore &amp;into (a new folder):</source>
            <translation type="unfinished">ຄືນຄ່າໄປໃສ່ (ໂຟນເດີໃໝ່)(&amp;I):</translation>
        </message>
        <message>
            <source>Restore cancelled. Nothing was copied.</source>
            <translation type="unfinished">ຍົກເລີກການຄືນຄ່າແລ້ວ. ບໍ່ໄດ້ສຳເນົາຫຍັງ.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished">ຄືນຄ່າຈາກຂໍ້ມູນສຳຮອງ</translation>
        </message>
        <message>
            <source>Restore into</source>
            <translation type="unfinished">ຄືນຄ່າໄປໃສ່</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation type="unfinished">ກຳລັງຄືນຄ່າ</translation>
        </message>
        <message>
            <source>Say which new folder the backup is restored into.</source>
            <translation type="unfinished">ລະບຸໂຟນເດີໃໝ່ທີ່ຈະຄືນຄ່າຂໍ້ມູນສຳຮອງໄປໃສ່.</translation>
        </message>
        <message>
            <source>The backup is restored in {path}. Unlock it with the passphrase or recovery key of the backup; the vault in use was not changed.</source>
            <translation type="unfinished">ຄືນຄ່າຂໍ້ມູນສຳຮອງໄວ້ທີ່ {path} ແລ້ວ. ປົດລັອກມັນດ້ວຍລະຫັດຜ່ານ ຫຼື ກະແຈກູ້ຄືນຂອງຂໍ້ມູນສຳຮອງນັ້ນ; ຄັງຂໍ້ມູນທີ່ໃຊ້ຢູ່ບໍ່ໄດ້ຖືກປ່ຽນ.</translation>
        </message>
        <message>
            <source>{path} exists already. A restore never writes over it: choose a new folder name.</source>
            <translation type="unfinished">ມີ {path} ຢູ່ແລ້ວ. ການຄືນຄ່າບໍ່ເຄີຍຂຽນທັບມັນ: ໃຫ້ເລືອກຊື່ໂຟນເດີໃໝ່.</translation>
        </message>
        <message>
            <source>{path} is the vault in use. A restore never writes over a vault: choose a new folder.</source>
            <translation type="unfinished">{path} ແມ່ນຄັງຂໍ້ມູນທີ່ໃຊ້ຢູ່. ການຄືນຄ່າບໍ່ເຄີຍຂຽນທັບຄັງຂໍ້ມູນ: ໃຫ້ເລືອກໂຟນເດີໃໝ່.</translation>
        </message>
    </context>
    <context>
        <name>FormVersionsDialog</name>
        <message>
            <source>By</source>
            <translation type="unfinished">ໂດຍ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">ປິດ</translation>
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished">ສະບັບປັດຈຸບັນ</translation>
        </message>
        <message>
            <source>current version</source>
            <translation type="unfinished">ເປັນສະບັບປັດຈຸບັນ</translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished">ແບບຟອມ</translation>
        </message>
        <message>
            <source>Forms and versions</source>
            <translation type="unfinished">ແບບຟອມ ແລະ ສະບັບ</translation>
        </message>
        <message>
            <source>Forms installed: {forms}. Versions: {versions}.</source>
            <translation type="unfinished">ແບບຟອມທີ່ຕິດຕັ້ງ: {forms}. ສະບັບ: {versions}.</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished">ຕິດຕັ້ງເມື່ອ</translation>
        </message>
        <message>
            <source>New interviews use each form's current version (the one installed last). Older versions stay installed, so that their records still open with the form they were answered with.</source>
            <translation type="unfinished">ການສຳພາດໃໝ່ໃຊ້ສະບັບປັດຈຸບັນຂອງແຕ່ລະແບບຟອມ (ສະບັບທີ່ຕິດຕັ້ງລ່າສຸດ). ສະບັບເກົ່າຍັງຕິດຕັ້ງຢູ່ ເພື່ອໃຫ້ບັນທຶກຂອງມັນຍັງເປີດດ້ວຍແບບຟອມທີ່ໃຊ້ຕອບໄດ້.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">ບັນທຶກ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">ສະບັບ</translation>
        </message>
    </context>
</TS>
