<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
    <context>
        <name>AutoLockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="168" />
            <source>The longest delay for this vault is {minutes} minutes, set by a supervisor. You can choose a shorter one.</source>
            <translation type="unfinished">หัวหน้างานกำหนดเวลานานที่สุดของคลังข้อมูลนี้ไว้ที่ {minutes} นาที คุณเลือกเวลาที่สั้นกว่านี้ได้</translation>
        </message>
    </context>
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished">ล็อกอัตโนมัติ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished">เมื่อไม่มีการกดแป้นหรือคลิกเมาส์ครบจำนวนนาทีนี้ Lintas จะปิดคลังข้อมูลและขอรหัสผ่านอีกครั้ง การสัมภาษณ์ที่ทำค้างไว้จะยังอยู่</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished">ล็อกเมื่อไม่มีการใช้งาน:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished">นาที:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="82" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="87" />
            <source>Save</source>
            <translation type="unfinished">บันทึก</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="47" />
            <source>Longest for every user (minutes):</source>
            <translation type="unfinished">นานที่สุดสำหรับผู้ใช้ทุกคน (นาที):</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="55" />
            <source>No limit</source>
            <translation type="unfinished">ไม่จำกัด</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished">ยังไม่มีระเบียน</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished">ผู้ใช้: {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished">รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน พิมพ์ใหม่อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished">เปลี่ยนรหัสผ่าน</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished">รหัสผ่านปัจจุบัน:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished">รหัสผ่านใหม่:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished">รหัสผ่านใหม่อีกครั้ง:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished">ความแข็งแรง:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="317" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">เลือกหนึ่งตัวเลือกจากรายการ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="260" />
            <source>No choice matches.</source>
            <translation type="unfinished">ไม่มีตัวเลือกที่ตรงกัน</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="72" />
            <source>Conflicts</source>
            <translation type="unfinished">ข้อขัดแย้ง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="75" />
            <source>Records that arrived with other content</source>
            <translation type="unfinished">ระเบียนที่มาถึงพร้อมเนื้อหาที่ต่างกัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="80" />
            <source>The same revision of a record reads differently here and at another office. Nothing was overwritten. Compare the two and keep one: the other stays in the record's history.</source>
            <translation type="unfinished">ระเบียนฉบับแก้ไขเดียวกันมีเนื้อหาไม่ตรงกันระหว่างที่นี่กับสำนักงานอื่น ไม่มีสิ่งใดถูกเขียนทับ เปรียบเทียบทั้งสองแล้วเก็บไว้หนึ่งฉบับ อีกฉบับจะยังอยู่ในประวัติของระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Record</source>
            <translation type="unfinished">ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>From</source>
            <translation type="unfinished">จาก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Found on</source>
            <translation type="unfinished">พบเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="146" />
            <source>Question</source>
            <translation type="unfinished">คำถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Here</source>
            <translation type="unfinished">ที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Incoming</source>
            <translation type="unfinished">ที่เข้ามา</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="102" />
            <source>Keep the version &amp;here</source>
            <translation type="unfinished">เก็บฉบับที่นี่(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="103" />
            <source>Keep the &amp;incoming version</source>
            <translation type="unfinished">เก็บฉบับที่เข้ามา(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="104" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="131" />
            <source>No conflicts wait.</source>
            <translation type="unfinished">ไม่มีข้อขัดแย้งที่รออยู่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="147" />
            <source>Here (revision {number}, {date})</source>
            <translation type="unfinished">ที่นี่ (ฉบับแก้ไข {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="150" />
            <source>From {office} (revision {number}, {date})</source>
            <translation type="unfinished">จาก {office} (ฉบับแก้ไข {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="157" />
            <source>Status</source>
            <translation type="unfinished">สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="172" />
            <source>Record {uuid}. Answers that differ (marked): {count}</source>
            <translation type="unfinished">ระเบียน {uuid} คำตอบที่ต่างกัน (ทำเครื่องหมายไว้): {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="189" />
            <source>Kept the version here for record {uuid}.</source>
            <translation type="unfinished">เก็บฉบับที่นี่ของระเบียน {uuid} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="191" />
            <source>Kept the incoming version for record {uuid}, as a new revision.</source>
            <translation type="unfinished">เก็บฉบับที่เข้ามาของระเบียน {uuid} เป็นฉบับแก้ไขใหม่แล้ว</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="34" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">โฟลเดอร์สำหรับคลังข้อมูลใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">เลือกที่เก็บคลังข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">มีบางอย่างอยู่ที่นั่นแล้ว เลือกชื่อโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the office name.</source>
            <translation type="unfinished">พิมพ์ชื่อสำนักงาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">พิมพ์ชื่อผู้ใช้ของหัวหน้างาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="50" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">รหัสผ่านทั้งสองช่องไม่ตรงกัน พิมพ์ใหม่อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished">สร้างคลังข้อมูลใหม่</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished">ผู้ใช้คนแรกคือหัวหน้าสำนักงาน เลือกรหัสผ่านที่ยาว: คำหลายคำที่ไม่เกี่ยวกันจำง่ายและเดายาก</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">ไฟล์คลังข้อมูล:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">เลือก…</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished">ชื่อสำนักงาน:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished">ชื่อผู้ใช้ของหัวหน้างาน:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished">รหัสผ่าน:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished">รหัสผ่านอีกครั้ง:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">ความแข็งแรง:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished">สร้างคลังข้อมูล</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="179" />
            <source>Add another: {name}</source>
            <translation type="unfinished">เพิ่มอีก: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="228" />
            <location filename="../../src/lintas/gui/entry/view.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished">ลบออก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="316" />
            <source>More questions</source>
            <translation type="unfinished">คำถามเพิ่มเติม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="92" />
            <source>Review and finalise</source>
            <translation type="unfinished">ตรวจทานและยืนยัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="98" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">บันทึกฉบับร่าง (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="102" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">ตรวจทาน (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="231" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">ลบ {address} และคำตอบทั้งหมดหรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="314" />
            <source>Saved at {time}</source>
            <translation type="unfinished">บันทึกเมื่อ {time}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="24" />
            <source>&amp;Send to…</source>
            <translation type="unfinished">ส่งถึง…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="27" />
            <source>&amp;Receive bundle…</source>
            <translation type="unfinished">รับชุดข้อมูล…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="30" />
            <source>Recei&amp;pts…</source>
            <translation type="unfinished">ใบตอบรับ…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="31" />
            <source>P&amp;eers…</source>
            <translation type="unfinished">สำนักงานคู่ค้า…(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="34" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished">ข้อขัดแย้ง…(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="17" />
            <source>Bundle {number} for {office} is saved to {path}.</source>
            <translation type="unfinished">บันทึกชุดข้อมูลที่ {number} สำหรับ {office} ไว้ที่ {path} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="23" />
            <location filename="../../src/lintas/gui/exchange/texts.py" line="122" />
            <source>Records in it: {count}</source>
            <translation type="unfinished">จำนวนระเบียนในชุด: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="30" />
            <source>It is split into {count} parts for e-mail: {names}. Send every part; the office receives them in any order, and nothing is imported until all are there.</source>
            <translation type="unfinished">แบ่งเป็น {count} ส่วนสำหรับอีเมล: {names} ส่งให้ครบทุกส่วน สำนักงานปลายทางรับได้ตามลำดับใดก็ได้ และจะไม่มีการนำเข้าจนกว่าจะได้ครบทุกส่วน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="40" />
            <source>They hold every record already; the bundle only carries news of revoked offices.</source>
            <translation type="unfinished">สำนักงานปลายทางมีทุกระเบียนอยู่แล้ว ชุดข้อมูลนี้มีเพียงข่าวสำนักงานที่ถูกเพิกถอน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="46" />
            <source>Take the file to them on a USB stick or send it by e-mail: only they can open it. When their receipt comes back, open it with Office → Receive bundle.</source>
            <translation type="unfinished">นำไฟล์ไปให้ด้วยแฟลชไดรฟ์ USB หรือส่งทางอีเมล มีเพียงผู้รับเท่านั้นที่เปิดได้ เมื่อได้รับใบตอบรับกลับมา ให้เปิดด้วย สำนักงาน → รับชุดข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="60" />
            <source>This vault already uses the regional key {key} of {office}.</source>
            <translation type="unfinished">คลังข้อมูลนี้ใช้กุญแจระดับภูมิภาค {key} ของ {office} อยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="67" />
            <source>This vault now uses the regional key {key} of {office}. Pseudonyms made from now on match those of the other offices that use it.</source>
            <translation type="unfinished">ตอนนี้คลังข้อมูลนี้ใช้กุญแจระดับภูมิภาค {key} ของ {office} นามแฝงที่สร้างต่อจากนี้จะตรงกับของสำนักงานอื่นที่ใช้กุญแจนี้</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="77" />
            <source>It replaced the key {key}: the %n pseudonyms made under that key will not match those made from now on.</source>
            <translation type="unfinished">
                <numerusform>กุญแจนี้แทนที่กุญแจ {key} นามแฝง %n รายการที่สร้างด้วยกุญแจนั้นจะไม่ตรงกับที่สร้างต่อจากนี้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="94" />
            <source>This receipt from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">ได้รับใบตอบรับนี้จาก {office} ไปแล้ว ไม่มีการเปลี่ยนแปลงใด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="99" />
            <source>{office} confirms that it holds {count} records sent from here.</source>
            <translation type="unfinished">{office} ยืนยันว่ามีระเบียนที่ส่งจากที่นี่ {count} ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="107" />
            <source>Bundle {number} from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">ได้รับชุดข้อมูลที่ {number} จาก {office} ไปแล้ว ไม่มีการเปลี่ยนแปลงใด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="116" />
            <source>Bundle {number} from {office} arrived.</source>
            <translation type="unfinished">ชุดข้อมูลที่ {number} จาก {office} มาถึงแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="125" />
            <source>New here: {count}</source>
            <translation type="unfinished">ใหม่ที่นี่: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="127" />
            <source>Newer revisions of records held here: {count}</source>
            <translation type="unfinished">ฉบับแก้ไขใหม่กว่าของระเบียนที่มีอยู่ที่นี่: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="133" />
            <source>Already here, unchanged: {count}</source>
            <translation type="unfinished">มีอยู่แล้ว ไม่เปลี่ยนแปลง: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="139" />
            <source>In conflict: {count}. These came with other content than the same revision here. Nothing was overwritten: choose which to keep under Office → Conflicts.</source>
            <translation type="unfinished">ขัดแย้ง: {count} รายการเหล่านี้มาพร้อมเนื้อหาที่ต่างจากฉบับแก้ไขเดียวกันที่นี่ ไม่มีสิ่งใดถูกเขียนทับ เลือกว่าจะเก็บฉบับใดที่ สำนักงาน → ข้อขัดแย้ง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="147" />
            <source>No conflicts.</source>
            <translation type="unfinished">ไม่มีข้อขัดแย้ง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="151" />
            <source>Bundles from {office} that have not arrived yet: {numbers}.</source>
            <translation type="unfinished">ชุดข้อมูลจาก {office} ที่ยังมาไม่ถึง: {numbers}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="159" />
            <source>Warning: {text}</source>
            <translation type="unfinished">คำเตือน: {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="165" />
            <source>A receipt for {office} is saved to {path}. Send it back so that they know what arrived.</source>
            <translation type="unfinished">บันทึกใบตอบรับสำหรับ {office} ไว้ที่ {path} แล้ว ส่งกลับไปเพื่อให้ทราบว่าอะไรมาถึงแล้วบ้าง</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="179" />
            <source>Nothing was changed. This vault already made %n pseudonyms under its regional key {old}. The key {new} of {office} would replace it, and pseudonyms made under one key never match those made under another. Keep the current key, unless the hub says that every office changes to its key: then choose Replace the regional key anyway.</source>
            <translation type="unfinished">
                <numerusform>ไม่มีการเปลี่ยนแปลงใด ๆ คลังข้อมูลนี้สร้างนามแฝงไปแล้ว %n รายการด้วยกุญแจระดับภูมิภาค {old} กุญแจ {new} ของ {office} จะมาแทนที่ และนามแฝงที่สร้างด้วยกุญแจหนึ่งจะไม่ตรงกับที่สร้างด้วยอีกกุญแจหนึ่งเลย ให้ใช้กุญแจปัจจุบันต่อไป เว้นแต่ศูนย์กลางแจ้งว่าทุกสำนักงานเปลี่ยนไปใช้กุญแจของศูนย์กลาง จึงเลือก แทนที่กุญแจระดับภูมิภาคต่อไป</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="198" />
            <source>The file was refused. Nothing was imported: this vault is unchanged.</source>
            <translation type="unfinished">ไฟล์ถูกปฏิเสธ ไม่มีการนำเข้าใด คลังข้อมูลนี้ไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="202" />
            <source>Reason: {text}</source>
            <translation type="unfinished">เหตุผล: {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="205" />
            <source>Ask the sender for a fresh copy, and check that it was made for this office.</source>
            <translation type="unfinished">ขอสำเนาใหม่จากผู้ส่ง และตรวจสอบว่าทำขึ้นสำหรับสำนักงานนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="214" />
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished">ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใด</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="49" />
            <source>Internal: every answer except identifiers, for this office</source>
            <translation type="unfinished">ภายใน: ทุกคำตอบยกเว้นข้อมูลระบุตัวตน สำหรับสำนักงานนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="50" />
            <source>Restricted: for licensed researchers, recoded and checked</source>
            <translation type="unfinished">จำกัด: สำหรับนักวิจัยที่ได้รับอนุญาต ปรับรหัสและตรวจแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="51" />
            <source>Public: tables and a few coarse variables, for anyone</source>
            <translation type="unfinished">สาธารณะ: ตารางและตัวแปรหยาบไม่กี่ตัว สำหรับทุกคน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="56" />
            <source>Final interviews only</source>
            <translation type="unfinished">เฉพาะการสัมภาษณ์ที่ยืนยันแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="57" />
            <source>All interviews (drafts, final and void)</source>
            <translation type="unfinished">การสัมภาษณ์ทั้งหมด (ฉบับร่าง ยืนยันแล้ว และเป็นโมฆะ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="58" />
            <source>Drafts only</source>
            <translation type="unfinished">เฉพาะฉบับร่าง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="59" />
            <source>Void records only</source>
            <translation type="unfinished">เฉพาะบันทึกที่เป็นโมฆะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="64" />
            <source>Excel workbook (.xlsx), the standard Lintas workbook</source>
            <translation type="unfinished">สมุดงาน Excel (.xlsx) สมุดงานมาตรฐานของ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="65" />
            <source>SPSS (.sav files in a .zip)</source>
            <translation type="unfinished">SPSS (ไฟล์ .sav ใน .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="66" />
            <source>Stata (.dta files in a .zip)</source>
            <translation type="unfinished">Stata (ไฟล์ .dta ใน .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="67" />
            <source>CSV (UTF-8 files in a .zip, for R and Python)</source>
            <translation type="unfinished">CSV (ไฟล์ UTF-8 ใน .zip สำหรับ R และ Python)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="76" />
            <source>Save as &amp;named export…</source>
            <translation type="unfinished">บันทึกเป็นการส่งออกที่ตั้งชื่อ(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="80" />
            <source>Chec&amp;k what this level keeps</source>
            <translation type="unfinished">ตรวจสิ่งที่ระดับนี้เก็บไว้(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="106" />
            <source>Codes (as stored)</source>
            <translation type="unfinished">รหัส (ตามที่เก็บไว้)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="109" />
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="207" />
            <source>Install a form first.</source>
            <translation type="unfinished">ติดตั้งแบบสอบถามก่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="154" />
            <source>Everything the office holds, without identifier questions (names, document numbers). Keep it inside the office.</source>
            <translation type="unfinished">ทุกอย่างที่สำนักงานมี โดยไม่มีคำถามที่ระบุตัวตน (ชื่อ เลขเอกสาร) เก็บไว้ในสำนักงานเท่านั้น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="158" />
            <source>Only the declared variables, recoded so that no person can be picked out.</source>
            <translation type="unfinished">เฉพาะตัวแปรที่ประกาศไว้ ปรับรหัสแล้วจนระบุตัวบุคคลไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="160" />
            <source>The standard tables and sex, age band, citizenship and flow type.</source>
            <translation type="unfinished">ตารางมาตรฐาน และเพศ ช่วงอายุ สัญชาติ และประเภทการเคลื่อนย้าย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">สมุดงาน Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Zip (*.zip)</source>
            <translation type="unfinished">ไฟล์ Zip (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="194" />
            <source>Export to</source>
            <translation type="unfinished">ส่งออกไปที่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="210" />
            <source>Choose where to save the file.</source>
            <translation type="unfinished">เลือกที่จะบันทึกไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="213" />
            <source>The folder {folder} does not exist. Choose another.</source>
            <translation type="unfinished">ไม่มีโฟลเดอร์ {folder} เลือกโฟลเดอร์อื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="217" />
            <source>The file name must end in {suffix} for this format.</source>
            <translation type="unfinished">ชื่อไฟล์ต้องลงท้ายด้วย {suffix} สำหรับรูปแบบนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="221" />
            <source>The two passwords are not the same. Type them again.</source>
            <translation type="unfinished">รหัสผ่านทั้งสองไม่ตรงกัน พิมพ์ใหม่อีกครั้ง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="223" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">วันที่แรกอยู่หลังวันที่สุดท้าย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="239" />
            <source>Exporting…</source>
            <translation type="unfinished">กำลังส่งออก…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="251" />
            <source>Replace the file?</source>
            <translation type="unfinished">แทนที่ไฟล์หรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="252" />
            <source>{file} is already there. Replace it?</source>
            <translation type="unfinished">มี {file} อยู่แล้ว แทนที่หรือไม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="269" />
            <source>Stopping…</source>
            <translation type="unfinished">กำลังหยุด…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="282" />
            <source>Exported {count} interviews of {form} ({level} level).</source>
            <translation type="unfinished">ส่งออกการสัมภาษณ์ {count} รายการของ {form} แล้ว (ระดับ{level})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="285" />
            <source>The file is {path}</source>
            <translation type="unfinished">ไฟล์อยู่ที่ {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="290" />
            <source>It has a password: give the password to the ministry another way.</source>
            <translation type="unfinished">ไฟล์มีรหัสผ่าน: ให้รหัสผ่านแก่กระทรวงด้วยช่องทางอื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="293" />
            <source>The zip holds one file per sheet, a README and the codebook.</source>
            <translation type="unfinished">ไฟล์ zip มีหนึ่งไฟล์ต่อแผ่นงาน พร้อม README และคู่มือรหัส</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="294" />
            <source>Checksum (SHA-256): {digest}</source>
            <translation type="unfinished">ค่าตรวจสอบ (SHA-256): {digest}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="303" />
            <source>Every combination of the identifying answers is shared by at least {k} interviews (the aim is {target}); {removed} interviews were left out to reach it.</source>
            <translation type="unfinished">ทุกชุดของคำตอบที่อาจระบุตัวตนได้มีการสัมภาษณ์อย่างน้อย {k} รายการร่วมกัน (เป้าหมายคือ {target}) มีการสัมภาษณ์ {removed} รายการถูกตัดออกเพื่อให้ถึงเป้า</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="315" />
            <source>The question that loses most, {name}, keeps {share} of its answers.</source>
            <translation type="unfinished">คำถามที่เสียมากที่สุดคือ {name} ยังเหลือคำตอบ {share}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="325" />
            <source>Checking…</source>
            <translation type="unfinished">กำลังตรวจสอบ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="348" />
            <source>{level} level: {count} interviews would be exported, with {columns} question columns.</source>
            <translation type="unfinished">ระดับ{level}: จะส่งออกการสัมภาษณ์ {count} รายการ พร้อมคอลัมน์คำถาม {columns} คอลัมน์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="354" />
            <source>Not published at this level: {names}.</source>
            <translation type="unfinished">ไม่เผยแพร่ในระดับนี้: {names}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="371" />
            <source>Export cancelled. No file was written.</source>
            <translation type="unfinished">หยุดการส่งออกแล้ว ไม่มีการเขียนไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="406" />
            <source>Save as named export</source>
            <translation type="unfinished">บันทึกเป็นการส่งออกที่ตั้งชื่อ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="407" />
            <source>Name (for example: Monthly to the Ministry of Labour):</source>
            <translation type="unfinished">ชื่อ (เช่น รายเดือนถึงกระทรวงแรงงาน):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="428" />
            <source>Saved as '{name}'. The command line makes the same export with lintas export VAULT FILE --preset "{name}".</source>
            <translation type="unfinished">บันทึกเป็น '{name}' แล้ว บรรทัดคำสั่งทำการส่งออกแบบเดียวกันด้วย lintas export VAULT FILE --preset "{name}"</translation>
        </message>
    </context>
    <context>
        <name>ExportForm</name>
        <message>
            <location filename="../../ui/export.ui" line="6" />
            <location filename="../../ui/export.ui" line="10" />
            <source>Export</source>
            <translation type="unfinished">ส่งออก</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="16" />
            <source>Writes the interviews of one form to a file for the ministry or for analysis. Identifier questions are never exported.</source>
            <translation type="unfinished">เขียนการสัมภาษณ์ของแบบสอบถามหนึ่งลงในไฟล์สำหรับกระทรวงหรือการวิเคราะห์ คำถามที่ระบุตัวตนจะไม่ถูกส่งออกเลย</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="24" />
            <source>&amp;Form:</source>
            <translation type="unfinished">แบบสอบถาม(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="33" />
            <source>&amp;Level:</source>
            <translation type="unfinished">ระดับ(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="48" />
            <source>La&amp;bels:</source>
            <translation type="unfinished">ป้ายชื่อ(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="57" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">เฉพาะวันที่(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="70" />
            <source>to</source>
            <translation type="unfinished">ถึง</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="89" />
            <source>&amp;Status:</source>
            <translation type="unfinished">สถานะ(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="98" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished">รูปแบบ(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="107" />
            <source>&amp;Password:</source>
            <translation type="unfinished">รหัสผ่าน(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="114" />
            <source>Optional. Excel and LibreOffice will ask for it.</source>
            <translation type="unfinished">ไม่บังคับ Excel และ LibreOffice จะถามรหัสนี้</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="119" />
            <source>Confir&amp;m password:</source>
            <translation type="unfinished">ยืนยันรหัสผ่าน(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="130" />
            <source>Save &amp;to:</source>
            <translation type="unfinished">บันทึกไปที่(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="141" />
            <source>Bro&amp;wse…</source>
            <translation type="unfinished">เรียกดู(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="176" />
            <source>&amp;Export</source>
            <translation type="unfinished">ส่งออก(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="182" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="188" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="180" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">ซ่อนขณะพิมพ์และไม่ถูกบันทึก: เก็บไว้เพียงรหัสแฝง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="195" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">คำตอบนี้ใช้ไม่ได้ที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="337" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">พิมพ์วันที่และเวลาในรูปแบบ {format}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="341" />
            <source>Type a number.</source>
            <translation type="unfinished">พิมพ์ตัวเลข</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="288" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} น่าจะเป็นปี พ.ศ.: ใช้ ค.ศ. {gregorian}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="354" />
            <source>OK</source>
            <translation type="unfinished">ตกลง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the recording</source>
            <translation type="unfinished">เล่นเสียงบันทึก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the video</source>
            <translation type="unfinished">เล่นวิดีโอ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Opens {file} with this computer's player.</source>
            <translation type="unfinished">เปิด {file} ด้วยโปรแกรมเล่นของคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: no program for it is installed. The question's text is shown; read it to the respondent.</source>
            <translation type="unfinished">คอมพิวเตอร์เครื่องนี้เล่น {file} ไม่ได้ เพราะไม่มีโปรแกรมที่เปิดไฟล์นี้ได้ ข้อความของคำถามยังแสดงอยู่ ให้อ่านให้ผู้ตอบฟัง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: it could not be copied to the temporary folder (the disk may be full). Free some disk space and try again; until then, read the question's text to the respondent.</source>
            <translation type="unfinished">คอมพิวเตอร์เครื่องนี้เล่น {file} ไม่ได้ เพราะคัดลอกไฟล์ไปยังโฟลเดอร์ชั่วคราวไม่ได้ (ดิสก์อาจเต็ม) ให้ลบไฟล์ที่ไม่ใช้เพื่อเพิ่มพื้นที่แล้วลองอีกครั้ง ระหว่างนี้ให้อ่านข้อความของคำถามให้ผู้ตอบฟัง</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45'N 100°30'E</source>
            <translation type="unfinished">ละติจูด, ลองจิจูด: 13.75, 100.5 หรือ 13°45'N 100°30'E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by ';': 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">จุดคั่นด้วย ';': 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="44" />
            <source>Altitude (m)</source>
            <translation type="unfinished">ความสูง (ม.)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="45" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">ความแม่นยำ (ม.)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="73" />
            <source>optional</source>
            <translation type="unfinished">ไม่บังคับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="108" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">อยู่นอกช่วง: ละติจูด -90 ถึง 90, ลองจิจูด -180 ถึง 180, ความสูง -11000 ถึง 9000 ม., ความแม่นยำตั้งแต่ 0 ขึ้นไป</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="122" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45'30"N 100°30'15"E.</source>
            <translation type="unfinished">พิมพ์ละติจูดและลองจิจูด เช่น 13.75, 100.5 หรือ 13°45'30"N 100°30'15"E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="126" />
            <source>Type at least two points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">พิมพ์อย่างน้อยสองจุด แต่ละจุดเป็น ละติจูด, ลองจิจูด คั่นด้วย ';'</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="129" />
            <source>Type at least three different points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">พิมพ์อย่างน้อยสามจุดที่ต่างกัน แต่ละจุดเป็น ละติจูด, ลองจิจูด คั่นด้วย ';'</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="47" />
            <source>Use this office's location</source>
            <translation type="unfinished">ใช้ตำแหน่งของสำนักงานนี้</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="52" />
            <source>Working…</source>
            <translation type="unfinished">กำลังทำงาน…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="53" />
            <source>&amp;Help</source>
            <translation type="unfinished">&amp;ช่วยเหลือ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="45" />
            <source>User guide</source>
            <translation type="unfinished">คู่มือผู้ใช้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="46" />
            <source>Administrator guide</source>
            <translation type="unfinished">คู่มือผู้ดูแลระบบ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="47" />
            <source>Installing Lintas</source>
            <translation type="unfinished">การติดตั้ง Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="64" />
            <source>Self-test…</source>
            <translation type="unfinished">ทดสอบตัวเอง…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="67" />
            <location filename="../../src/lintas/gui/help_menu.py" line="300" />
            <source>About Lintas</source>
            <translation type="unfinished">เกี่ยวกับ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="128" />
            <source>This guide is missing from this install. Reinstall Lintas.</source>
            <translation type="unfinished">คู่มือนี้ไม่มีในการติดตั้งนี้ ติดตั้ง Lintas ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="144" />
            <source>This link leads outside Lintas: {url}</source>
            <translation type="unfinished">ลิงก์นี้นำออกไปนอก Lintas: {url}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="155" />
            <source>Self-test</source>
            <translation type="unfinished">ทดสอบตัวเอง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="158" />
            <source>Checks this install on a throwaway vault in a temporary folder. Your own vault is not touched.</source>
            <translation type="unfinished">ตรวจสอบการติดตั้งนี้ด้วยคลังข้อมูลทดลองในโฟลเดอร์ชั่วคราว คลังข้อมูลของคุณจะไม่ถูกแตะต้อง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="168" />
            <source>Step</source>
            <translation type="unfinished">ขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="169" />
            <source>Result</source>
            <translation type="unfinished">ผล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="170" />
            <source>Detail</source>
            <translation type="unfinished">รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="180" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="181" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="202" />
            <source>Running…</source>
            <translation type="unfinished">กำลังทำงาน…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="219" />
            <source>Stopping after the step that is running…</source>
            <translation type="unfinished">จะหยุดหลังจากขั้นตอนที่กำลังทำอยู่…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="236" />
            <source>Running: {step}</source>
            <translation type="unfinished">กำลังทำ: {step}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="241" />
            <source>OK</source>
            <translation type="unfinished">ผ่าน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="242" />
            <source>Warning</source>
            <translation type="unfinished">คำเตือน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="243" />
            <source>Failed</source>
            <translation type="unfinished">ไม่ผ่าน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="244" />
            <source>Skipped</source>
            <translation type="unfinished">ข้าม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="259" />
            <source>The self-test FAILED: {count} of {total} steps did not pass. Follow the advice in the Detail column.</source>
            <translation type="unfinished">การทดสอบตัวเองไม่ผ่าน: {count} จาก {total} ขั้นตอนไม่ผ่าน ทำตามคำแนะนำในคอลัมน์รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="267" />
            <source>The self-test passed, with {count} warning(s): read the Detail column.</source>
            <translation type="unfinished">การทดสอบตัวเองผ่าน มีคำเตือน {count} รายการ: อ่านคอลัมน์รายละเอียด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="273" />
            <source>The self-test passed: all {total} steps.</source>
            <translation type="unfinished">การทดสอบตัวเองผ่านครบทั้ง {total} ขั้นตอน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="280" />
            <source>The self-test was stopped. Its temporary folder was removed.</source>
            <translation type="unfinished">หยุดการทดสอบตัวเองแล้ว ลบโฟลเดอร์ชั่วคราวแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="305" />
            <source>Offline, encrypted survey capture and exchange for migrant-worker statistics. Python {python}, Qt {qt}, {system}.</source>
            <translation type="unfinished">บันทึกและแลกเปลี่ยนข้อมูลสำรวจแบบออฟไลน์และเข้ารหัส สำหรับสถิติแรงงานข้ามชาติ Python {python}, Qt {qt}, {system}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="323" />
            <source>Component</source>
            <translation type="unfinished">ส่วนประกอบ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="324" />
            <source>Version</source>
            <translation type="unfinished">รุ่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="325" />
            <source>Licence</source>
            <translation type="unfinished">สัญญาอนุญาต</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="326" />
            <source>Used for</source>
            <translation type="unfinished">ใช้สำหรับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="339" />
            <source>Libraries</source>
            <translation type="unfinished">ไลบรารี</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="340" />
            <source>Fonts (Noto)</source>
            <translation type="unfinished">ฟอนต์ (Noto)</translation>
        </message>
    </context>
    <context>
        <name>HistoryWarning</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="19" />
            <source>This vault is older than expected</source>
            <translation type="unfinished">คลังข้อมูลนี้เก่ากว่าที่ควรเป็น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="22" />
            <source>This vault is older than the copy this computer saw last time. Interviews saved since then may be missing: an older copy of the vault may have been put back, or its last entries removed.</source>
            <translation type="unfinished">คลังข้อมูลนี้เก่ากว่าสำเนาที่คอมพิวเตอร์เครื่องนี้เห็นครั้งล่าสุด การสัมภาษณ์ที่บันทึกหลังจากนั้นอาจหายไป: อาจมีการนำสำเนาเก่าของคลังข้อมูลกลับมาใส่แทน หรือรายการล่าสุดถูกลบออก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="30" />
            <source>Before you add or change anything, find the newest copy of the vault (on another computer, a USB stick or a backup) and tell your supervisor. Lintas has written this warning into the vault's audit trail.</source>
            <translation type="unfinished">ก่อนเพิ่มหรือแก้ไขสิ่งใด ให้หาสำเนาล่าสุดของคลังข้อมูล (ในคอมพิวเตอร์เครื่องอื่น แฟลชไดรฟ์ หรือข้อมูลสำรอง) และแจ้งหัวหน้างาน Lintas ได้บันทึกคำเตือนนี้ไว้ในบันทึกการตรวจสอบของคลังข้อมูลแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="40" />
            <source>OK</source>
            <translation type="unfinished">ตกลง</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Home</source>
            <translation type="unfinished">หน้าหลัก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="49" />
            <source>Interviews today</source>
            <translation type="unfinished">สัมภาษณ์วันนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="50" />
            <source>This week</source>
            <translation type="unfinished">สัปดาห์นี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="51" />
            <source>In total</source>
            <translation type="unfinished">ทั้งหมด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="52" />
            <source>Drafts waiting</source>
            <translation type="unfinished">ฉบับร่างที่รออยู่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="57" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">ตามเพศ (30 วันล่าสุด)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="58" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">ตามสัญชาติ (30 วันล่าสุด)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="59" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">รายวัน (14 วันล่าสุด)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="93" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">สำนักงาน: {office} · เข้าสู่ระบบเป็น {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="105" />
            <source>Others</source>
            <translation type="unfinished">อื่น ๆ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">เริ่มการสัมภาษณ์ใหม่</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished">สำรองข้อมูลเดี๋ยวนี้(&amp;B)…</translation>
        </message>
        <message>
            <source>The last backup of this vault was made on {date}. It is time for the next one: back it up to a USB stick or another disk.</source>
            <translation type="unfinished">สำรองข้อมูลคลังข้อมูลนี้ครั้งล่าสุดเมื่อ {date} ถึงเวลาสำรองครั้งต่อไปแล้ว ให้สำรองไปยังแฟลชไดรฟ์ USB หรือดิสก์อื่น</translation>
        </message>
        <message>
            <source>This vault has never been backed up. Back it up to a USB stick or another disk, and keep that away from this computer.</source>
            <translation type="unfinished">คลังข้อมูลนี้ยังไม่เคยสำรองข้อมูล ให้สำรองไปยังแฟลชไดรฟ์ USB หรือดิสก์อื่น และเก็บไว้ห่างจากคอมพิวเตอร์เครื่องนี้</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <source>New, not saved yet</source>
            <translation type="unfinished">ใหม่ ยังไม่ได้บันทึก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Draft</source>
            <translation type="unfinished">ฉบับร่าง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="103" />
            <source>Put away</source>
            <translation type="unfinished">เก็บไว้ก่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="165" />
            <source>Edits of a final record are saved with Ctrl+S.</source>
            <translation type="unfinished">การแก้ไขระเบียนที่ยืนยันแล้วจะบันทึกเมื่อกด Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="170" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">บุคคลนี้อาจเคยถูกสัมภาษณ์แล้ว ({count} ระเบียน)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Final</source>
            <translation type="unfinished">ยืนยันแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="198" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">จะไม่มีการบันทึกใดๆ จนกว่าผู้ตอบจะยินยอมให้สัมภาษณ์ หากผู้ตอบปฏิเสธ ให้กล่าวขอบคุณและปิดการสัมภาษณ์: ข้อมูลจะถูกทิ้ง</translation>
        </message>
    </context>
    <context>
        <name>KeyWarning</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="26" />
            <source>This office has no regional key from its hub yet. Pseudonyms made now will never match those of the other offices, and cannot be made again later. Before the first interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">สำนักงานนี้ยังไม่มีกุญแจระดับภูมิภาคจากศูนย์กลาง นามแฝงที่สร้างตอนนี้จะไม่ตรงกับของสำนักงานอื่นเลย และสร้างใหม่ภายหลังไม่ได้ ก่อนการสัมภาษณ์ครั้งแรก หัวหน้างานต้องรับชุดกุญแจจากศูนย์กลาง (สำนักงาน → รับชุดข้อมูล)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="33" />
            <source>This office uses its own regional key, not one from its hub: its %n pseudonyms will never match those of the other offices. Before the next interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">
                <numerusform>สำนักงานนี้ใช้กุญแจระดับภูมิภาคของตนเอง ไม่ใช่ของศูนย์กลาง นามแฝง %n รายการจะไม่ตรงกับของสำนักงานอื่นเลย ก่อนการสัมภาษณ์ครั้งต่อไป หัวหน้างานต้องรับชุดกุญแจจากศูนย์กลาง (สำนักงาน → รับชุดข้อมูล)</numerusform>
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
            <translation type="unfinished">หน้าหลัก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="111" />
            <source>New interview</source>
            <translation type="unfinished">สัมภาษณ์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="113" />
            <source>Records</source>
            <translation type="unfinished">ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="18" />
            <location filename="../../src/lintas/gui/language_menu.py" line="43" />
            <location filename="../../src/lintas/gui/main_window.py" line="187" />
            <source>Language</source>
            <translation type="unfinished">ภาษา</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="44" />
            <location filename="../../src/lintas/gui/main_window.py" line="188" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">ภาษาใหม่จะใช้เมื่อเปิด Lintas ครั้งถัดไป</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="211" />
            <source>Open a vault folder</source>
            <translation type="unfinished">เปิดโฟลเดอร์คลังข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="251" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">ตั้งรหัสผ่านใหม่แล้ว ปลดล็อกคลังข้อมูลด้วยรหัสนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="323" />
            <source>Loading the form…</source>
            <translation type="unfinished">กำลังโหลดแบบสอบถาม…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="337" />
            <source>Loading the form</source>
            <translation type="unfinished">กำลังโหลดแบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="365" />
            <source>Interview</source>
            <translation type="unfinished">สัมภาษณ์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="377" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">ยืนยันและบันทึกการสัมภาษณ์แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>&amp;Vault</source>
            <translation type="unfinished">คลังข้อมูล(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="31" />
            <source>New vault…</source>
            <translation type="unfinished">คลังข้อมูลใหม่…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="34" />
            <source>Open vault…</source>
            <translation type="unfinished">เปิดคลังข้อมูล…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="37" />
            <source>Lock now</source>
            <translation type="unfinished">ล็อกเดี๋ยวนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="42" />
            <source>Quit</source>
            <translation type="unfinished">ออก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>&amp;Office</source>
            <translation type="unfinished">สำนักงาน(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="48" />
            <source>Users and roles…</source>
            <translation type="unfinished">ผู้ใช้และบทบาท…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="52" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">เปลี่ยนรหัสผ่านของฉัน…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="56" />
            <source>Auto-lock…</source>
            <translation type="unfinished">ล็อกอัตโนมัติ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="60" />
            <source>Privacy report…</source>
            <translation type="unfinished">รายงานความเป็นส่วนตัว…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="66" />
            <source>Export…</source>
            <translation type="unfinished">ส่งออก…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="95" />
            <source>Only a supervisor can export.</source>
            <translation type="unfinished">เฉพาะหัวหน้างานเท่านั้นที่ส่งออกได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="114" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">เปลี่ยนรหัสผ่านแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="100" />
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas ล็อกอยู่ ปลดล็อกคลังข้อมูลเพื่อทำงานต่อ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;ไปที่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="87" />
            <source>Only a supervisor can see the privacy report.</source>
            <translation type="unfinished">เฉพาะหัวหน้างานเท่านั้นที่ดูรายงานความเป็นส่วนตัวได้</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation type="unfinished">สำรองข้อมูล(&amp;B)…</translation>
        </message>
        <message>
            <source>Unlock a vault to back it up.</source>
            <translation type="unfinished">ปลดล็อกคลังข้อมูลก่อนจึงจะสำรองข้อมูลได้</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished">คืนค่าจากข้อมูลสำรอง(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Forms and versions…</source>
            <translation type="unfinished">แบบฟอร์มและฉบับ(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished">แนบไฟล์…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="67" />
            <source>Attach a file</source>
            <translation type="unfinished">แนบไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="73" />
            <source>All files (*)</source>
            <translation type="unfinished">ไฟล์ทั้งหมด (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="90" />
            <source>Images</source>
            <translation type="unfinished">รูปภาพ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="91" />
            <source>Sound recordings</source>
            <translation type="unfinished">ไฟล์บันทึกเสียง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="92" />
            <source>Videos</source>
            <translation type="unfinished">วิดีโอ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">อ่านไฟล์นี้ไม่ได้ เลือกไฟล์อื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="111" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">ไฟล์นี้ไม่ใช่รูปภาพที่ Lintas แสดงได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="118" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">ไฟล์นี้ว่างเปล่า เลือกไฟล์อื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="126" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">ไฟล์นี้มีขนาด {size} MB แนบได้ไม่เกิน {limit} MB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="156" />
            <source>No file attached.</source>
            <translation type="unfinished">ยังไม่ได้แนบไฟล์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="165" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (เก็บไว้ในคลังข้อมูล)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="170" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished">{name}, {size} KB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished">นำออก</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="35" />
            <source>New interview</source>
            <translation type="unfinished">สัมภาษณ์ใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="44" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">เลือกแบบสอบถามแล้วกด Enter เพื่อเริ่ม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="49" />
            <source>Install a form…</source>
            <translation type="unfinished">ติดตั้งแบบสอบถาม…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="53" />
            <source>Start interview</source>
            <translation type="unfinished">เริ่มสัมภาษณ์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="58" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">ฉบับร่างที่รออยู่ (กด Enter เพื่อทำต่อ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="95" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · เริ่มเมื่อ {when}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="105" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">ยังไม่มีแบบสอบถามที่ติดตั้ง หัวหน้างานเป็นผู้ติดตั้ง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>Install a form</source>
            <translation type="unfinished">ติดตั้งแบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="125" />
            <source>Reading {name}…</source>
            <translation type="unfinished">กำลังอ่าน {name}…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="131" />
            <source>Installing the form</source>
            <translation type="unfinished">กำลังติดตั้งแบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="148" />
            <source>The form was not installed</source>
            <translation type="unfinished">ไม่ได้ติดตั้งแบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="135" />
            <source>Installed: {title}, version {version}.</source>
            <translation type="unfinished">ติดตั้งแล้ว: {title} รุ่น {version}</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/common.py" line="63" />
            <source>Choose…</source>
            <translation type="unfinished">เลือก…</translation>
        </message>
    </context>
    <context>
        <name>PeersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="93" />
            <source>Peers</source>
            <translation type="unfinished">สำนักงานคู่ค้า</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="96" />
            <source>Offices this vault exchanges with</source>
            <translation type="unfinished">สำนักงานที่คลังข้อมูลนี้แลกเปลี่ยนข้อมูลด้วย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Office</source>
            <translation type="unfinished">สำนักงาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Country</source>
            <translation type="unfinished">ประเทศ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Fingerprint</source>
            <translation type="unfinished">ลายนิ้วมือกุญแจ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>Trusted on</source>
            <translation type="unfinished">เชื่อถือเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>State</source>
            <translation type="unfinished">สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="106" />
            <source>&amp;Trust a card…</source>
            <translation type="unfinished">เชื่อถือบัตรกุญแจ…(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="107" />
            <source>&amp;Revoke…</source>
            <translation type="unfinished">เพิกถอน…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="109" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="129" />
            <source>This office: {office}</source>
            <translation type="unfinished">สำนักงานนี้: {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="134" />
            <source>&amp;Save this office's card…</source>
            <translation type="unfinished">บันทึกบัตรกุญแจของสำนักงานนี้…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="140" />
            <source>Give the card to the other office (USB stick, e-mail), then read them this fingerprint by phone or on paper: they check it when they trust the card.</source>
            <translation type="unfinished">ส่งบัตรกุญแจให้สำนักงานอื่น (USB, อีเมล) แล้วอ่านลายนิ้วมือกุญแจนี้ให้ฟังทางโทรศัพท์หรือเขียนบนกระดาษ เขาจะตรวจสอบเมื่อเชื่อถือบัตร</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="156" />
            <source>Revoked on {date}</source>
            <translation type="unfinished">เพิกถอนเมื่อ {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="158" />
            <source>Trusted</source>
            <translation type="unfinished">เชื่อถือแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="173" />
            <source>Save this office's card</source>
            <translation type="unfinished">บันทึกบัตรกุญแจของสำนักงานนี้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="174" />
            <location filename="../../src/lintas/gui/exchange/peers.py" line="193" />
            <source>Office cards (*.json)</source>
            <translation type="unfinished">บัตรกุญแจสำนักงาน (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="182" />
            <source>Saved the card to {path}. Fingerprint: {fingerprint}</source>
            <translation type="unfinished">บันทึกบัตรกุญแจไว้ที่ {path} แล้ว ลายนิ้วมือกุญแจ: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="192" />
            <source>Choose the other office's card</source>
            <translation type="unfinished">เลือกบัตรกุญแจของสำนักงานอื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="206" />
            <source>That is this office's own card. Choose the other office's card.</source>
            <translation type="unfinished">นั่นคือบัตรกุญแจของสำนักงานนี้เอง ให้เลือกบัตรของสำนักงานอื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="210" />
            <source>Not trusted. Nothing was changed.</source>
            <translation type="unfinished">ไม่ได้เชื่อถือ ไม่มีการเปลี่ยนแปลงใด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="221" />
            <source>Now trusting {office}.</source>
            <translation type="unfinished">เชื่อถือ {office} แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="223" />
            <source>{office} was trusted already. Nothing was changed.</source>
            <translation type="unfinished">เชื่อถือ {office} อยู่แล้ว ไม่มีการเปลี่ยนแปลงใด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="240" />
            <source>Select the office to revoke first.</source>
            <translation type="unfinished">เลือกสำนักงานที่จะเพิกถอนก่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="243" />
            <source>{office} is revoked already.</source>
            <translation type="unfinished">{office} ถูกเพิกถอนไปแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="247" />
            <source>Revoke an office</source>
            <translation type="unfinished">เพิกถอนสำนักงาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="249" />
            <source>Revoke {office}? Its bundles are refused from now on, and the offices you send to learn it too. This is for good: a revoked card is never trusted again, the office must make a new one.</source>
            <translation type="unfinished">เพิกถอน {office} หรือไม่ ชุดข้อมูลจากสำนักงานนี้จะถูกปฏิเสธนับจากนี้ และสำนักงานที่คุณส่งไปถึงก็จะรับรู้ด้วย การเพิกถอนเป็นการถาวร บัตรที่ถูกเพิกถอนจะไม่ได้รับความเชื่อถืออีก สำนักงานนั้นต้องทำบัตรใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="256" />
            <source>Revoke</source>
            <translation type="unfinished">เพิกถอน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="257" />
            <source>Keep trusting</source>
            <translation type="unfinished">เชื่อถือต่อไป</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="271" />
            <source>Revoked {office}.</source>
            <translation type="unfinished">เพิกถอน {office} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="42" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">สาธารณะ (k = 5; 11 เมื่อมีคำถามอ่อนไหว)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="43" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">จำกัด (k = 3; 11 เมื่อมีคำถามอ่อนไหว)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="44" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">ภายใน (ในสำนักงาน)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="70" />
            <source>Choose a form and a level, then press Check.</source>
            <translation type="unfinished">เลือกแบบสอบถามและระดับ แล้วกด ตรวจสอบ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="97" />
            <source>Install a form first.</source>
            <translation type="unfinished">ติดตั้งแบบสอบถามก่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="101" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">วันที่แรกอยู่หลังวันที่สุดท้าย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="104" />
            <source>Checking…</source>
            <translation type="unfinished">กำลังตรวจสอบ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="137" />
            <source>What this level does, and what to do</source>
            <translation type="unfinished">ระดับนี้ทำอะไรกับข้อมูล และท่านควรทำอะไร</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="139" />
            <source>Checked on {date} by {user}, office {office}. Nothing was exported.</source>
            <translation type="unfinished">ตรวจเมื่อ {date} โดย {user} สำนักงาน {office} ไม่มีการส่งออกข้อมูลใด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="161" />
            <source>The report went to the printer.</source>
            <translation type="unfinished">ส่งรายงานไปที่เครื่องพิมพ์แล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>Save the report as PDF</source>
            <translation type="unfinished">บันทึกรายงานเป็น PDF</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished">ไฟล์ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="179" />
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation type="unfinished">ไม่มีโฟลเดอร์ {folder} โปรดเลือกโฟลเดอร์อื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="187" />
            <source>Could not write {path}. Check that the folder is writable.</source>
            <translation type="unfinished">เขียน {path} ไม่ได้ โปรดตรวจดูว่าโฟลเดอร์นั้นเขียนได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="193" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished">บันทึกรายงานเป็น {path} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished">รายงานความเป็นส่วนตัว</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Says what an export of this form's final interviews at this level would publish, what it would leave out or blank so that no one can be picked out, and what you can do about it. Nothing is exported.</source>
            <translation type="unfinished">บอกว่าการส่งออกการสัมภาษณ์ฉบับสมบูรณ์ของแบบสอบถามนี้ที่ระดับนี้จะเผยแพร่อะไร จะตัดออกหรือเว้นว่างอะไรเพื่อไม่ให้ระบุตัวบุคคลได้ และท่านทำอะไรได้บ้าง ไม่มีการส่งออกข้อมูลใด</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished">แบบสอบถาม:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished">ระดับ:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="42" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">เฉพาะวันที่(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="55" />
            <source>to</source>
            <translation type="unfinished">ถึง</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="78" />
            <source>Check</source>
            <translation type="unfinished">ตรวจสอบ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="111" />
            <source>&amp;Print…</source>
            <translation type="unfinished">พิมพ์(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="117" />
            <source>Save as PD&amp;F…</source>
            <translation type="unfinished">บันทึกเป็น PDF(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="123" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="21" />
            <source>Receipts</source>
            <translation type="unfinished">ใบตอบรับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="24" />
            <source>What each office holds</source>
            <translation type="unfinished">สิ่งที่แต่ละสำนักงานมีอยู่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Office</source>
            <translation type="unfinished">สำนักงาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Holds</source>
            <translation type="unfinished">มีอยู่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>To send</source>
            <translation type="unfinished">ที่ต้องส่ง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Bundles sent</source>
            <translation type="unfinished">ชุดข้อมูลที่ส่งแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Receipts back</source>
            <translation type="unfinished">ใบตอบรับที่ได้กลับมา</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Last receipt</source>
            <translation type="unfinished">ใบตอบรับล่าสุด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Bundles received</source>
            <translation type="unfinished">ชุดข้อมูลที่ได้รับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Record</source>
            <translation type="unfinished">ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Form</source>
            <translation type="unfinished">แบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Revision here</source>
            <translation type="unfinished">ฉบับแก้ไขที่นี่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>Revision they hold</source>
            <translation type="unfinished">ฉบับแก้ไขที่เขามี</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>State</source>
            <translation type="unfinished">สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="42" />
            <source>An office holds a record once its receipt for a bundle came back (Office → Receive bundle), or when it sent the record here itself.</source>
            <translation type="unfinished">สำนักงานหนึ่งถือว่ามีระเบียนแล้ว เมื่อใบตอบรับชุดข้อมูลของสำนักงานนั้นกลับมา (สำนักงาน → รับชุดข้อมูล) หรือเมื่อสำนักงานนั้นส่งระเบียนมาที่นี่เอง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="51" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="66" />
            <source>{office} (revoked)</source>
            <translation type="unfinished">{office} (ถูกเพิกถอน)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="68" />
            <source>{count} of {total}</source>
            <translation type="unfinished">{count} จาก {total}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="74" />
            <source>none yet</source>
            <translation type="unfinished">ยังไม่มี</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="78" />
            <source>No office is trusted yet (Office → Peers).</source>
            <translation type="unfinished">ยังไม่ได้เชื่อถือสำนักงานใด (สำนักงาน → สำนักงานคู่ค้า)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="83" />
            <source>Holds it</source>
            <translation type="unfinished">มีแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="85" />
            <source>Holds another version</source>
            <translation type="unfinished">มีฉบับอื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="86" />
            <source>Not yet</source>
            <translation type="unfinished">ยังไม่ได้รับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="103" />
            <source>Records of this vault, and what {office} holds of them:</source>
            <translation type="unfinished">ระเบียนของคลังข้อมูลนี้ และส่วนที่ {office} มีอยู่:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="105" />
            <source>The first {count} records of this vault, and what {office} holds:</source>
            <translation type="unfinished">ระเบียน {count} รายการแรกของคลังข้อมูลนี้ และส่วนที่ {office} มีอยู่:</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>Receive a bundle or receipt</source>
            <translation type="unfinished">รับชุดข้อมูลหรือใบตอบรับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>&amp;Receive</source>
            <translation type="unfinished">รับ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="237" />
            <source>&amp;File from the other office:</source>
            <translation type="unfinished">ไฟล์จากสำนักงานอื่น(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="240" />
            <source>Choose the bundle or receipt</source>
            <translation type="unfinished">เลือกชุดข้อมูลหรือใบตอบรับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="241" />
            <source>Lintas bundles ({patterns})</source>
            <translation type="unfinished">ชุดข้อมูล Lintas ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="245" />
            <source>&amp;Write a receipt for the sender, beside the file</source>
            <translation type="unfinished">เขียนใบตอบรับสำหรับผู้ส่ง ไว้ข้างไฟล์(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="250" />
            <source>Everything is checked first: who signed it, that it is for this office, every record. Then all of it is imported, or nothing.</source>
            <translation type="unfinished">ทุกอย่างจะถูกตรวจสอบก่อน: ใครลงนาม ทำขึ้นสำหรับสำนักงานนี้หรือไม่ และทุกระเบียน จากนั้นจะนำเข้าทั้งหมด หรือไม่นำเข้าเลย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="259" />
            <source>Re&amp;place the regional key anyway…</source>
            <translation type="unfinished">แทนที่กุญแจระดับภูมิภาคต่อไป…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="279" />
            <source>Choose the file that the other office sent (Choose… or type its path).</source>
            <translation type="unfinished">เลือกไฟล์ที่สำนักงานอื่นส่งมา (เลือก… หรือพิมพ์ที่อยู่ไฟล์)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="285" />
            <source>Checking and importing…</source>
            <translation type="unfinished">กำลังตรวจสอบและนำเข้า…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="290" />
            <source>Receiving</source>
            <translation type="unfinished">กำลังรับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="311" />
            <source>Replace the regional key</source>
            <translation type="unfinished">แทนที่กุญแจระดับภูมิภาค</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="313" />
            <source>Replace this vault's regional key {old} with the key {new} of {office}?

The %n pseudonyms made here under the old key stay as they are, but they will never match pseudonyms made under the new key, here or at any other office: a person interviewed before and after the change will not show as a possible repeat interview. The old pseudonyms cannot be made again, because the identifiers were never stored. This cannot be undone.

Replace it only if the hub says that every office changes to its key.</source>
            <translation type="unfinished">
                <numerusform>แทนที่กุญแจระดับภูมิภาค {old} ของคลังข้อมูลนี้ด้วยกุญแจ {new} ของ {office} หรือไม่?

นามแฝง %n รายการที่สร้างที่นี่ด้วยกุญแจเดิมจะยังอยู่เหมือนเดิม แต่จะไม่ตรงกับนามแฝงที่สร้างด้วยกุญแจใหม่เลย ทั้งที่นี่และที่สำนักงานอื่น คนที่ถูกสัมภาษณ์ทั้งก่อนและหลังการเปลี่ยนจะไม่แสดงเป็นการสัมภาษณ์ซ้ำที่อาจเกิดขึ้น นามแฝงเดิมสร้างใหม่ไม่ได้ เพราะไม่เคยเก็บข้อมูลระบุตัวตนไว้ ย้อนกลับไม่ได้

แทนที่เฉพาะเมื่อศูนย์กลางแจ้งว่าทุกสำนักงานเปลี่ยนไปใช้กุญแจของศูนย์กลาง</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="328" />
            <source>&amp;Replace the key</source>
            <translation type="unfinished">แทนที่กุญแจ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="329" />
            <source>&amp;Keep the current key</source>
            <translation type="unfinished">ใช้กุญแจปัจจุบันต่อไป(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="286" />
            <source>Record</source>
            <translation type="unfinished">ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="302" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="297" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">การสัมภาษณ์ที่อาจซ้ำกัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="315" />
            <source>Same person</source>
            <translation type="unfinished">คนเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="316" />
            <source>Different people</source>
            <translation type="unfinished">คนละคน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="325" />
            <source>not decided yet</source>
            <translation type="unfinished">ยังไม่ได้ตัดสิน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="326" />
            <source>decided: the same person</source>
            <translation type="unfinished">ตัดสินแล้ว: คนเดียวกัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="327" />
            <source>decided: different people</source>
            <translation type="unfinished">ตัดสินแล้ว: คนละคน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="330" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">ตัวระบุเดียวกับระเบียน {record} พบเมื่อ {when}: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="340" />
            <source>Not done</source>
            <translation type="unfinished">ทำไม่สำเร็จ</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="178" />
            <source>Created</source>
            <translation type="unfinished">สร้างเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="179" />
            <source>Form</source>
            <translation type="unfinished">แบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="180" />
            <source>Status</source>
            <translation type="unfinished">สถานะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="181" />
            <source>Rev.</source>
            <translation type="unfinished">ฉบับ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="182" />
            <source>By</source>
            <translation type="unfinished">โดย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="183" />
            <source>Answers</source>
            <translation type="unfinished">คำตอบ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="184" />
            <source>Record id</source>
            <translation type="unfinished">รหัสระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="187" />
            <source>draft</source>
            <translation type="unfinished">ฉบับร่าง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="188" />
            <source>final</source>
            <translation type="unfinished">ยืนยันแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="189" />
            <source>void</source>
            <translation type="unfinished">เป็นโมฆะ</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="59" />
            <source>Records</source>
            <translation type="unfinished">ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <location filename="../../src/lintas/gui/pages/records.py" line="115" />
            <source>Search…</source>
            <translation type="unfinished">ค้นหา…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="126" />
            <source>Any status</source>
            <translation type="unfinished">ทุกสถานะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="128" />
            <source>Drafts</source>
            <translation type="unfinished">ฉบับร่าง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="129" />
            <source>Final</source>
            <translation type="unfinished">ยืนยันแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="130" />
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>Void</source>
            <translation type="unfinished">เป็นโมฆะ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="134" />
            <source>Since</source>
            <translation type="unfinished">ตั้งแต่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>View</source>
            <translation type="unfinished">ดู</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="150" />
            <source>Edit as new revision</source>
            <translation type="unfinished">แก้ไขเป็นฉบับใหม่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="151" />
            <source>Finalise</source>
            <translation type="unfinished">ยืนยัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="152" />
            <source>Void…</source>
            <translation type="unfinished">ทำให้เป็นโมฆะ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="177" />
            <source>Any form</source>
            <translation type="unfinished">ทุกแบบสอบถาม</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="178" />
            <source>Any user</source>
            <translation type="unfinished">ผู้ใช้ทุกคน</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/pages/records.py" line="211" />
            <source>%n record(s) match.</source>
            <translation type="unfinished">
                <numerusform>พบ %n ระเบียน</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">ระเบียนที่เป็นโมฆะแก้ไขไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="247" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">ระเบียน {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Not done</source>
            <translation type="unfinished">ทำไม่สำเร็จ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="240" />
            <source>Record {record} is final now.</source>
            <translation type="unfinished">ระเบียน {record} ยืนยันแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="257" />
            <source>Record {record} is void now.</source>
            <translation type="unfinished">ระเบียน {record} เป็นโมฆะแล้ว</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="258" />
            <source>The vault folder</source>
            <translation type="unfinished">โฟลเดอร์คลังข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="265" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">รหัสผ่านทั้งสองช่องไม่ตรงกัน พิมพ์ใหม่อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished">กู้คืนด้วยกุญแจกู้คืน</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished">พิมพ์กุญแจกู้คืนให้ตรงตามที่พิมพ์ไว้ แล้วเลือกรหัสผ่านใหม่สำหรับผู้ใช้ของคุณ ข้อมูลในคลังจะไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">ไฟล์คลังข้อมูล:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">เลือก…</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished">กุญแจกู้คืน:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished">ผู้ใช้:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished">รหัสผ่านใหม่:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished">รหัสผ่านใหม่อีกครั้ง:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">ความแข็งแรง:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished">กู้คืน</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished">สำนักงาน: {office}
คลังข้อมูล: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished">กุญแจกู้คืนคลังข้อมูล Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished">ใครก็ตามที่มีกุญแจนี้เปิดคลังข้อมูลได้ เก็บไว้ในที่ล็อกและแยกจากคอมพิวเตอร์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished">บันทึกกุญแจกู้คืนเป็น PDF</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished">กุญแจกู้คืนของคุณ</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished">กุญแจนี้แสดงเพียงครั้งเดียว ใครมีกุญแจนี้ก็เปิดคลังข้อมูลได้ และถ้าไม่มี รหัสผ่านที่ลืมจะแก้ไม่ได้ พิมพ์หรือบันทึกเป็น PDF แล้วเก็บให้ห่างจากคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished">พิมพ์…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished">บันทึกเป็น PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished">ฉันพิมพ์หรือบันทึกกุญแจกู้คืนแล้ว และจะเก็บรักษาให้ปลอดภัย</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished">ดำเนินการต่อ</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished">ตรวจทานก่อนยืนยัน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="48" />
            <source>Finalise interview</source>
            <translation type="unfinished">ยืนยันการสัมภาษณ์</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="69" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>ต้องแก้ %n ปัญหาก่อนยืนยันการสัมภาษณ์นี้</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="76" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">ไม่มีปัญหา โปรดดูคำเตือน: การยืนยันจะบันทึกข้อความตามที่เป็นอยู่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="79" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">ไม่มีปัญหา ยืนยันการสัมภาษณ์ได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">ฉันตรวจคำตอบที่ถูกทำเครื่องหมายแล้ว: ไม่มีชื่อ หมายเลข หรือที่อยู่</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="100" />
            <source>Fix the problems listed above first.</source>
            <translation type="unfinished">แก้ไขปัญหาที่แสดงด้านบนก่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="102" />
            <source>Look at the warnings above and tick the box under them first.</source>
            <translation type="unfinished">ตรวจดูคำเตือนด้านบนและทำเครื่องหมายในช่องใต้คำเตือนก่อน</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>Send to other offices</source>
            <translation type="unfinished">ส่งถึงสำนักงานอื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>&amp;Send</source>
            <translation type="unfinished">ส่ง(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="127" />
            <source>&amp;Offices to send to:</source>
            <translation type="unfinished">สำนักงานที่จะส่งถึง(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="133" />
            <source>Every final and void record that the chosen offices do not hold yet goes into one encrypted bundle. Drafts never leave this vault.</source>
            <translation type="unfinished">ทุกระเบียนที่ยืนยันแล้วและที่เป็นโมฆะซึ่งสำนักงานที่เลือกยังไม่มี จะถูกรวมไว้ในชุดข้อมูลที่เข้ารหัสชุดเดียว ฉบับร่างไม่ออกจากคลังข้อมูลนี้เลย</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="140" />
            <source>Save the &amp;bundle as:</source>
            <translation type="unfinished">บันทึกชุดข้อมูลเป็น(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="142" />
            <source>Save the bundle as</source>
            <translation type="unfinished">บันทึกชุดข้อมูลเป็น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="153" />
            <source>S&amp;plit into parts for e-mail, each at most</source>
            <translation type="unfinished">แบ่งเป็นส่วนสำหรับอีเมล แต่ละส่วนไม่เกิน(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="177" />
            <source>{office}: {count} records to send</source>
            <translation type="unfinished">{office}: ต้องส่ง {count} ระเบียน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="187" />
            <source>No office is trusted yet. Trust its card first under Office → Peers.</source>
            <translation type="unfinished">ยังไม่ได้เชื่อถือสำนักงานใด ให้เชื่อถือบัตรกุญแจของสำนักงานนั้นก่อนที่ สำนักงาน → สำนักงานคู่ค้า</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="206" />
            <source>Tick at least one office to send to (Space ticks the one selected).</source>
            <translation type="unfinished">ทำเครื่องหมายสำนักงานที่จะส่งถึงอย่างน้อยหนึ่งแห่ง (กด Space เพื่อทำเครื่องหมายรายการที่เลือก)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="208" />
            <source>Say where to save the bundle.</source>
            <translation type="unfinished">ระบุตำแหน่งที่จะบันทึกชุดข้อมูล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="210" />
            <source>The folder {path} does not exist.</source>
            <translation type="unfinished">ไม่มีโฟลเดอร์ {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="214" />
            <source>{path} exists already. Choose another name.</source>
            <translation type="unfinished">มี {path} อยู่แล้ว ให้เลือกชื่ออื่น</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="219" />
            <source>Packing and encrypting the records…</source>
            <translation type="unfinished">กำลังรวบรวมและเข้ารหัสระเบียน…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="227" />
            <source>Sending</source>
            <translation type="unfinished">กำลังส่ง</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="22" />
            <source>Too short</source>
            <translation type="unfinished">สั้นเกินไป</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="23" />
            <source>Weak</source>
            <translation type="unfinished">อ่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="24" />
            <source>Fair</source>
            <translation type="unfinished">พอใช้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="25" />
            <source>Good</source>
            <translation type="unfinished">ดี</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="26" />
            <source>Strong</source>
            <translation type="unfinished">แข็งแรง</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="19" />
            <source>an e-mail address</source>
            <translation type="unfinished">อีเมล</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="20" />
            <source>a web address</source>
            <translation type="unfinished">ที่อยู่เว็บ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="21" />
            <source>an ID card number</source>
            <translation type="unfinished">เลขบัตรประจำตัว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="22" />
            <source>a passport number</source>
            <translation type="unfinished">เลขหนังสือเดินทาง</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="23" />
            <source>a phone number</source>
            <translation type="unfinished">หมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="24" />
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">ตัวเลขยาว (เลขประจำตัวหรือเลขบัญชี)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="37" />
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">คำตอบนี้ดูเหมือนมี{kinds} Lintas ต้องไม่เก็บข้อมูลนี้: กด ลบข้อมูลระบุตัวตน หรือแก้ไขคำตอบ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="45" />
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">ข้อความภาษาพม่านี้พิมพ์ด้วย Zawgyi: {button} จะแปลงเป็น Unicode</translation>
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
            <translation type="unfinished">{items} และ{last}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="68" />
            <source>Redact</source>
            <translation type="unfinished">ลบข้อมูลระบุตัวตน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="69" />
            <source>Convert to Unicode</source>
            <translation type="unfinished">แปลงเป็น Unicode</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="99" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="107" />
            <source>Working…</source>
            <translation type="unfinished">กำลังทำงาน…</translation>
        </message>
    </context>
    <context>
        <name>TrustCardDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="54" />
            <source>Trust an office</source>
            <translation type="unfinished">เชื่อถือสำนักงาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="56" />
            <source>Office: {office}</source>
            <translation type="unfinished">สำนักงาน: {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="58" />
            <source>Country: {country}</source>
            <translation type="unfinished">ประเทศ: {country}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="59" />
            <source>Card made: {date}</source>
            <translation type="unfinished">ทำบัตรเมื่อ: {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="61" />
            <source>Fingerprint on this card:</source>
            <translation type="unfinished">ลายนิ้วมือกุญแจบนบัตรนี้:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="65" />
            <source>Call the office, or meet, and ask them to read their fingerprint to you. Trust the card only if every group is the same: a card can be swapped on the way, the fingerprint cannot.</source>
            <translation type="unfinished">โทรหาสำนักงานนั้นหรือพบกัน แล้วขอให้อ่านลายนิ้วมือกุญแจให้ฟัง เชื่อถือบัตรเฉพาะเมื่อทุกกลุ่มตรงกัน บัตรอาจถูกสลับระหว่างทางได้ แต่ลายนิ้วมือกุญแจสลับไม่ได้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="72" />
            <source>The office read me this same fingerprint</source>
            <translation type="unfinished">สำนักงานนั้นอ่านลายนิ้วมือกุญแจเดียวกันนี้ให้ฉันฟังแล้ว</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="76" />
            <source>Do not trust</source>
            <translation type="unfinished">ไม่เชื่อถือ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="77" />
            <source>Trust this office</source>
            <translation type="unfinished">เชื่อถือสำนักงานนี้</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="97" />
            <source>Vault: {path}</source>
            <translation type="unfinished">คลังข้อมูล: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="135" />
            <source>Pick your user name.</source>
            <translation type="unfinished">เลือกชื่อผู้ใช้ของคุณ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="165" />
            <source>Stopped waiting: nothing was tried.</source>
            <translation type="unfinished">หยุดรอแล้ว: ยังไม่ได้ลองปลดล็อก</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="182" />
            <source>Lintas tries in {seconds} s, because of wrong passphrases typed for this user. Press Escape to stop waiting.</source>
            <translation type="unfinished">Lintas จะลองปลดล็อกในอีก {seconds} วินาที เพราะมีการพิมพ์รหัสผ่านผิดสำหรับผู้ใช้นี้ กด Esc เพื่อหยุดรอ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="187" />
            <source>Because of wrong passphrases, the next try for this user can start in {seconds} s.</source>
            <translation type="unfinished">เพราะมีการพิมพ์รหัสผ่านผิด การลองครั้งต่อไปของผู้ใช้นี้เริ่มได้ในอีก {seconds} วินาที</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished">ปลดล็อกคลังข้อมูล</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished">ผู้ใช้:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished">รหัสผ่าน:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="73" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">ลืมรหัสผ่าน…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="78" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="83" />
            <source>Unlock</source>
            <translation type="unfinished">ปลดล็อก</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="44" />
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished">จำชื่อของฉันและคลังข้อมูลนี้ไว้ในคอมพิวเตอร์เครื่องนี้</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished">ผู้ใช้</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished">บทบาท</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished">เพิ่มเมื่อ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Enumerator</source>
            <translation type="unfinished">พนักงานสัมภาษณ์</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Supervisor</source>
            <translation type="unfinished">หัวหน้างาน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="111" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">เลือกผู้ใช้ที่จะลบก่อน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="76" />
            <source>Only a supervisor can add or remove users.</source>
            <translation type="unfinished">เฉพาะหัวหน้างานเท่านั้นที่เพิ่มหรือลบผู้ใช้ได้</translation>
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished">ผู้ใช้และบทบาท</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished">เพิ่มผู้ใช้</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished">ชื่อผู้ใช้:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished">บทบาท:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished">รหัสผ่านของผู้ใช้:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished">เพิ่มผู้ใช้</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished">ลบผู้ใช้ที่เลือก</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="33" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">ระบุเหตุผลที่ระเบียนนี้เป็นโมฆะสั้น ๆ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="21" />
            <source>Redact</source>
            <translation type="unfinished">ลบข้อมูลระบุตัวตน</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="38" />
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished">เหตุผลนี้ดูเหมือนมีหมายเลขโทรศัพท์ อีเมล ที่อยู่เว็บ หรือเลขเอกสาร Lintas ไม่เก็บข้อมูลเหล่านี้: กด ลบข้อมูลระบุตัวตน หรือเขียนเหตุผลโดยไม่ใส่ข้อมูลเหล่านี้</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished">ทำให้ระเบียนเป็นโมฆะ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished">ทำไมระเบียนนี้จึงเป็นโมฆะ เหตุผลจะเก็บไว้ในบันทึกการตรวจสอบ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="49" />
            <source>Cancel</source>
            <translation type="unfinished">ยกเลิก</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="54" />
            <source>Void record</source>
            <translation type="unfinished">ทำให้ระเบียนเป็นโมฆะ</translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished">ยินดีต้อนรับสู่ Lintas</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished">Lintas เก็บระเบียนแบบสำรวจแรงงานข้ามชาติไว้ในคลังข้อมูลที่เข้ารหัสบนคอมพิวเตอร์เครื่องนี้ สร้างคลังข้อมูลใหม่สำหรับสำนักงานของคุณ หรือเปิดคลังที่มีอยู่แล้ว</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished">สร้างคลังข้อมูลใหม่…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished">เปิดคลังข้อมูลที่มีอยู่…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished">กู้คืนด้วยกุญแจกู้คืน…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished">ภาษาของแอป:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished">ปัญหาที่ไม่คาดคิด</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>&amp;Back up</source>
            <translation type="unfinished">สำรองข้อมูล(&amp;B)</translation>
        </message>
        <message>
            <source>A backup is an encrypted copy of the whole vault, in a new folder. It opens with the same passphrases and recovery key. Keep it on a USB stick or another disk, away from this computer.</source>
            <translation type="unfinished">ข้อมูลสำรองคือสำเนาที่เข้ารหัสของคลังข้อมูลทั้งหมด อยู่ในโฟลเดอร์ใหม่ เปิดได้ด้วยรหัสผ่านและกุญแจกู้คืนเดิม เก็บไว้ในแฟลชไดรฟ์ USB หรือดิสก์อื่น ห่างจากคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <source>Back up the vault</source>
            <translation type="unfinished">สำรองข้อมูลคลังข้อมูล</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation type="unfinished">กำลังสำรองข้อมูล</translation>
        </message>
        <message>
            <source>Backup cancelled. No copy was left.</source>
            <translation type="unfinished">ยกเลิกการสำรองข้อมูลแล้ว ไม่มีสำเนาเหลืออยู่</translation>
        </message>
        <message>
            <source>Copying the vault…</source>
            <translation type="unfinished">กำลังคัดลอกคลังข้อมูล…</translation>
        </message>
        <message>
            <source>Save the backup &amp;as (a new folder):</source>
            <translation type="unfinished">บันทึกข้อมูลสำรองเป็น (โฟลเดอร์ใหม่)(&amp;A):</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation type="unfinished">บันทึกข้อมูลสำรองเป็น</translation>
        </message>
        <message>
            <source>Say where to save the backup.</source>
            <translation type="unfinished">ระบุตำแหน่งที่จะบันทึกข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>The backup is saved in {path}. It opens with the same passphrases and recovery key.</source>
            <translation type="unfinished">บันทึกข้อมูลสำรองไว้ที่ {path} แล้ว เปิดได้ด้วยรหัสผ่านและกุญแจกู้คืนเดิม</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new folder name.</source>
            <translation type="unfinished">มี {path} อยู่แล้ว ให้เลือกชื่อโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>&amp;Remind on Home after this many days without a backup (0: never):</source>
            <translation type="unfinished">เตือนที่หน้าหลักเมื่อไม่ได้สำรองข้อมูลครบจำนวนวันนี้ (0: ไม่เตือน)(&amp;R):</translation>
        </message>
        <message>
            <source>Only a supervisor can change the backup reminder.</source>
            <translation type="unfinished">เฉพาะหัวหน้างานเท่านั้นที่เปลี่ยนการเตือนสำรองข้อมูลได้</translation>
        </message>
        <message>
            <source>Sa&amp;ve the reminder</source>
            <translation type="unfinished">บันทึกการเตือน(&amp;V)</translation>
        </message>
        <message>
            <source>The backup reminder is off.</source>
            <translation type="unfinished">ปิดการเตือนสำรองข้อมูลแล้ว</translation>
        </message>
        <message>
            <source>The backup reminder is saved for every user of this vault.</source>
            <translation type="unfinished">บันทึกการเตือนสำรองข้อมูลสำหรับผู้ใช้ทุกคนของคลังข้อมูลนี้แล้ว</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Backup folder:</source>
            <translation type="unfinished">โฟลเดอร์ข้อมูลสำรอง(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">คืนค่า(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unlock the restored vault…</source>
            <translation type="unfinished">ปลดล็อกคลังข้อมูลที่คืนค่าแล้ว(&amp;U)…</translation>
        </message>
        <message>
            <source>A restore copies a backup into a new folder, where it is then unlocked. It never writes over a vault: the vault in use stays as it is. Unlock the restored vault with the passphrases or recovery key of the backup.</source>
            <translation type="unfinished">การคืนค่าจะคัดลอกข้อมูลสำรองไปยังโฟลเดอร์ใหม่ แล้วปลดล็อกที่นั่น จะไม่เขียนทับคลังข้อมูลใดเลย คลังข้อมูลที่ใช้อยู่ยังคงเดิม ปลดล็อกคลังข้อมูลที่คืนค่าด้วยรหัสผ่านหรือกุญแจกู้คืนของข้อมูลสำรองนั้น</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation type="unfinished">เลือกโฟลเดอร์ข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Choose the backup folder (Choose… or type its path).</source>
            <translation type="unfinished">เลือกโฟลเดอร์ข้อมูลสำรอง (เลือก… หรือพิมพ์ตำแหน่ง)</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation type="unfinished">กำลังคัดลอกข้อมูลสำรอง…</translation>
        </message>
        <message>
            <source>Restore &amp;into (a new folder):</source>
            <translation type="unfinished">คืนค่าไปยัง (โฟลเดอร์ใหม่)(&amp;I):</translation>
        </message>
        <message>
            <source>Restore cancelled. Nothing was copied.</source>
            <translation type="unfinished">ยกเลิกการคืนค่าแล้ว ไม่ได้คัดลอกสิ่งใด</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished">คืนค่าจากข้อมูลสำรอง</translation>
        </message>
        <message>
            <source>Restore into</source>
            <translation type="unfinished">คืนค่าไปยัง</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation type="unfinished">กำลังคืนค่า</translation>
        </message>
        <message>
            <source>Say which new folder the backup is restored into.</source>
            <translation type="unfinished">ระบุโฟลเดอร์ใหม่ที่จะคืนค่าข้อมูลสำรองไป</translation>
        </message>
        <message>
            <source>The backup is restored in {path}. Unlock it with the passphrase or recovery key of the backup; the vault in use was not changed.</source>
            <translation type="unfinished">คืนค่าข้อมูลสำรองไว้ที่ {path} แล้ว ปลดล็อกด้วยรหัสผ่านหรือกุญแจกู้คืนของข้อมูลสำรองนั้น คลังข้อมูลที่ใช้อยู่ไม่ถูกเปลี่ยน</translation>
        </message>
        <message>
            <source>{path} exists already. A restore never writes over it: choose a new folder name.</source>
            <translation type="unfinished">มี {path} อยู่แล้ว การคืนค่าจะไม่เขียนทับ ให้เลือกชื่อโฟลเดอร์ใหม่</translation>
        </message>
        <message>
            <source>{path} is the vault in use. A restore never writes over a vault: choose a new folder.</source>
            <translation type="unfinished">{path} คือคลังข้อมูลที่ใช้อยู่ การคืนค่าจะไม่เขียนทับคลังข้อมูล ให้เลือกโฟลเดอร์ใหม่</translation>
        </message>
    </context>
    <context>
        <name>FormVersionsDialog</name>
        <message>
            <source>By</source>
            <translation type="unfinished">โดย</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">ปิด</translation>
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished">ฉบับปัจจุบัน</translation>
        </message>
        <message>
            <source>current version</source>
            <translation type="unfinished">เป็นฉบับปัจจุบัน</translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished">แบบฟอร์ม</translation>
        </message>
        <message>
            <source>Forms and versions</source>
            <translation type="unfinished">แบบฟอร์มและฉบับ</translation>
        </message>
        <message>
            <source>Forms installed: {forms}. Versions: {versions}.</source>
            <translation type="unfinished">แบบฟอร์มที่ติดตั้ง: {forms} ฉบับทั้งหมด: {versions}</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished">ติดตั้งเมื่อ</translation>
        </message>
        <message>
            <source>New interviews use each form's current version (the one installed last). Older versions stay installed, so that their records still open with the form they were answered with.</source>
            <translation type="unfinished">การสัมภาษณ์ใหม่ใช้ฉบับปัจจุบันของแต่ละแบบฟอร์ม (ฉบับที่ติดตั้งล่าสุด) ฉบับเก่ายังคงติดตั้งอยู่ เพื่อให้ระเบียนของฉบับนั้นยังเปิดด้วยแบบฟอร์มที่ใช้ตอบได้</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">ระเบียน</translation>
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">ฉบับ</translation>
        </message>
    </context>
</TS>
