<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished">Kunci automatik</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished">Selepas sekian minit tanpa tekanan kekunci atau klik tetikus, Lintas menutup peti besi dan meminta frasa laluan semula. Temu bual yang sedang berjalan disimpan.</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished">Kunci apabila melahu:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished">Minit:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="63" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="68" />
            <source>Save</source>
            <translation type="unfinished">Simpan</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished">Belum ada rekod</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished">Pengguna: {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished">Kedua-dua frasa laluan baharu berbeza. Taip semula.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished">Tukar frasa laluan</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished">Frasa laluan semasa:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished">Frasa laluan baharu:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished">Frasa laluan baharu sekali lagi:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished">Kekuatan:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="194" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">Pilih salah satu daripada senarai.</translation>
        </message>
        <message>
            <location filename="../../work/wt-h10/src/lintas/gui/entry/choices.py" line="248" />
            <source>No choice matches.</source>
            <translation type="unfinished">Tiada pilihan yang sepadan.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="32" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">Folder untuk peti besi baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="40" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">Pilih tempat menyimpan peti besi.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">Sudah ada sesuatu di situ. Pilih nama folder baharu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Type the office name.</source>
            <translation type="unfinished">Taip nama pejabat.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">Taip nama pengguna penyelia.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">Kedua-dua frasa laluan berbeza. Taip semula.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished">Cipta peti besi baharu</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished">Pengguna pertama ialah penyelia pejabat. Pilih frasa laluan yang panjang: beberapa perkataan yang tidak berkaitan mudah diingat dan sukar diteka.</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">Fail peti besi:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">Pilih…</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished">Nama pejabat:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished">Nama pengguna penyelia:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished">Frasa laluan:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished">Frasa laluan sekali lagi:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">Kekuatan:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished">Cipta peti besi</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="164" />
            <source>Add another: {name}</source>
            <translation type="unfinished">Tambah lagi: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="213" />
            <location filename="../../src/lintas/gui/entry/view.py" line="215" />
            <source>Remove</source>
            <translation type="unfinished">Buang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="301" />
            <source>More questions</source>
            <translation type="unfinished">Soalan lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="91" />
            <source>Review and finalise</source>
            <translation type="unfinished">Semak dan muktamadkan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="97" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">Simpan draf (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="101" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">Semak (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="216" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">Buang {address} dan semua jawapannya?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="344" />
            <source>Saved at {time}</source>
            <translation type="unfinished">Disimpan pada {time}</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="105" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">Disembunyikan semasa ditaip dan tidak pernah disimpan: hanya nama samaran disimpan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="120" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">Jawapan ini tidak dibenarkan di sini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="218" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">Taip tarikh dan masa sebagai {format}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>Type a number.</source>
            <translation type="unfinished">Taip nombor.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} nampaknya tahun Buddha (BE): guna {gregorian}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="234" />
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45&apos;N 100°30&apos;E</source>
            <translation type="unfinished">Latitud, longitud: 13.75, 100.5 atau 13°45&apos;N 100°30&apos;E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by &apos;;&apos;: 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">Titik dipisahkan dengan &apos;;&apos;: 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="42" />
            <source>Altitude (m)</source>
            <translation type="unfinished">Ketinggian (m)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="43" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">Ketepatan (m)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="53" />
            <source>optional</source>
            <translation type="unfinished">pilihan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="88" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">Di luar julat: latitud -90 hingga 90, longitud -180 hingga 180, ketinggian -11000 hingga 9000 m, ketepatan 0 atau lebih.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="102" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45&apos;30&quot;N 100°30&apos;15&quot;E.</source>
            <translation type="unfinished">Taip latitud dan longitud, contohnya 13.75, 100.5 atau 13°45&apos;30&quot;N 100°30&apos;15&quot;E.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="107" />
            <source>Type at least two points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished">Taip sekurang-kurangnya dua titik, setiap satu sebagai latitud, longitud, dipisahkan dengan &apos;;&apos;.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="110" />
            <source>Type at least three different points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished">Taip sekurang-kurangnya tiga titik yang berbeza, setiap satu sebagai latitud, longitud, dipisahkan dengan &apos;;&apos;.</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="40" />
            <source>Working…</source>
            <translation type="unfinished">Sedang berfungsi…</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="24" />
            <source>Home</source>
            <translation type="unfinished">Laman utama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="32" />
            <source>Interviews today</source>
            <translation type="unfinished">Temu bual hari ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="33" />
            <source>This week</source>
            <translation type="unfinished">Minggu ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="34" />
            <source>In total</source>
            <translation type="unfinished">Jumlah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Drafts waiting</source>
            <translation type="unfinished">Draf menunggu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">Mengikut jantina (30 hari lepas)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="41" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">Mengikut kewarganegaraan (30 hari lepas)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="42" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">Mengikut hari (14 hari lepas)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="73" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">Pejabat: {office} · Log masuk sebagai {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="85" />
            <source>Others</source>
            <translation type="unfinished">Lain-lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">Mulakan temu bual baharu</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <source>New, not saved yet</source>
            <translation type="unfinished">Baharu, belum disimpan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Draft</source>
            <translation type="unfinished">Draf</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="72" />
            <source>Put away</source>
            <translation type="unfinished">Simpan dahulu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="112" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">Orang ini mungkin pernah ditemu bual ({count} rekod).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Final</source>
            <translation type="unfinished">Muktamad</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="150" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">Tiada apa-apa disimpan sehingga responden bersetuju untuk ditemu bual. Jika mereka menolak, ucapkan terima kasih dan tutup temu bual: ia dibuang.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="57" />
            <location filename="../../src/lintas/gui/main_window.py" line="241" />
            <source>Lintas</source>
            <translation type="unfinished">Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="75" />
            <source>Home</source>
            <translation type="unfinished">Laman utama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="77" />
            <source>New interview</source>
            <translation type="unfinished">Temu bual baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="79" />
            <source>Records</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="131" />
            <source>Language</source>
            <translation type="unfinished">Bahasa</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="132" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">Bahasa baharu digunakan apabila Lintas dibuka seterusnya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="153" />
            <source>Open a vault folder</source>
            <translation type="unfinished">Buka folder peti besi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="184" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">Frasa laluan baharu sudah ditetapkan. Buka peti besi dengannya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="229" />
            <source>Loading the form…</source>
            <translation type="unfinished">Memuatkan borang…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="243" />
            <source>Loading the form</source>
            <translation type="unfinished">Memuatkan borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="271" />
            <source>Interview</source>
            <translation type="unfinished">Temu bual</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="283" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">Temu bual dimuktamadkan dan disimpan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="27" />
            <source>&amp;Vault</source>
            <translation type="unfinished">&amp;Peti besi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>New vault…</source>
            <translation type="unfinished">Peti besi baharu…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="32" />
            <source>Open vault…</source>
            <translation type="unfinished">Buka peti besi…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="35" />
            <source>Lock now</source>
            <translation type="unfinished">Kunci sekarang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="40" />
            <source>Quit</source>
            <translation type="unfinished">Keluar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="44" />
            <source>&amp;Office</source>
            <translation type="unfinished">Pe&amp;jabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>Users and roles…</source>
            <translation type="unfinished">Pengguna dan peranan…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="50" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">Tukar frasa laluan saya…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="54" />
            <source>Auto-lock…</source>
            <translation type="unfinished">Kunci automatik…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="58" />
            <source>Privacy report…</source>
            <translation type="unfinished">Laporan privasi…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="89" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">Frasa laluan sudah ditukar.</translation>
        </message>
        <message>
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas dikunci. Buka kunci peti besi untuk meneruskan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;Pergi</translation>
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished">Lampirkan fail…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="64" />
            <source>Attach a file</source>
            <translation type="unfinished">Lampirkan fail</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="70" />
            <source>All files (*)</source>
            <translation type="unfinished">Semua fail (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="84" />
            <source>Images</source>
            <translation type="unfinished">Imej</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="85" />
            <source>Sound recordings</source>
            <translation type="unfinished">Rakaman suara</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="86" />
            <source>Videos</source>
            <translation type="unfinished">Video</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="99" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">Fail ini tidak dapat dibaca. Pilih fail lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">Fail ini bukan imej yang boleh dipaparkan oleh Lintas.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="112" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">Fail ini kosong. Pilih fail lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="120" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">Fail ini {size} MB; paling banyak {limit} MB boleh dilampirkan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="150" />
            <source>No file attached.</source>
            <translation type="unfinished">Tiada fail dilampirkan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="159" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (disimpan dalam peti besi)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="164" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished">{name}, {size} KB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished">Buang</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="34" />
            <source>New interview</source>
            <translation type="unfinished">Temu bual baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="37" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">Pilih borang dan tekan Enter untuk mula.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="42" />
            <source>Install a form…</source>
            <translation type="unfinished">Pasang borang…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="46" />
            <source>Start interview</source>
            <translation type="unfinished">Mula temu bual</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="51" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">Draf menunggu (tekan Enter untuk menyambung)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="82" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · dimulakan {when}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="92" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">Belum ada borang dipasang. Penyelia yang memasangnya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>Install a form</source>
            <translation type="unfinished">Pasang borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="112" />
            <source>Reading {name}…</source>
            <translation type="unfinished">Membaca {name}…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="118" />
            <source>Installing the form</source>
            <translation type="unfinished">Memasang borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="122" />
            <source>The form was not installed</source>
            <translation type="unfinished">Borang tidak dipasang</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="158" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">Awam (k = 5; 11 jika ada soalan sensitif)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="159" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">Terhad (k = 3; 11 jika ada soalan sensitif)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="160" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">Dalaman (dalam pejabat)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="171" />
            <source>Install a form first.</source>
            <translation type="unfinished">Pasang borang dahulu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="173" />
            <source>Checking…</source>
            <translation type="unfinished">Menyemak…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished">Laporan privasi</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Checks whether an export of this form at this level would let a person be picked out (k-anonymity, l-diversity), before anything leaves the office.</source>
            <translation type="unfinished">Menyemak sama ada eksport borang ini pada tahap ini boleh mengenal pasti seseorang (k-anonymity, l-diversity), sebelum apa-apa keluar dari pejabat.</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished">Borang:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished">Tahap:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="46" />
            <source>Check</source>
            <translation type="unfinished">Semak</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="73" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="210" />
            <source>Record</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="217" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="233" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">Kemungkinan temu bual berulang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="251" />
            <source>Same person</source>
            <translation type="unfinished">Orang yang sama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="252" />
            <source>Different people</source>
            <translation type="unfinished">Orang berbeza</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="261" />
            <source>not decided yet</source>
            <translation type="unfinished">belum diputuskan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="262" />
            <source>decided: the same person</source>
            <translation type="unfinished">diputuskan: orang yang sama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="263" />
            <source>decided: different people</source>
            <translation type="unfinished">diputuskan: orang berbeza</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">Pengenal sama dengan rekod {record}, ditemui {when}: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="276" />
            <source>Not done</source>
            <translation type="unfinished">Tidak dilakukan</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="104" />
            <source>Created</source>
            <translation type="unfinished">Dicipta</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="105" />
            <source>Form</source>
            <translation type="unfinished">Borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="106" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="107" />
            <source>Rev.</source>
            <translation type="unfinished">Versi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="108" />
            <source>By</source>
            <translation type="unfinished">Oleh</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="109" />
            <source>Answers</source>
            <translation type="unfinished">Jawapan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="110" />
            <source>Record id</source>
            <translation type="unfinished">ID rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="113" />
            <source>draft</source>
            <translation type="unfinished">draf</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="114" />
            <source>final</source>
            <translation type="unfinished">muktamad</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="115" />
            <source>void</source>
            <translation type="unfinished">tidak sah</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="46" />
            <source>Records</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="69" />
            <source>Search…</source>
            <translation type="unfinished">Cari…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="74" />
            <source>Any status</source>
            <translation type="unfinished">Semua status</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="76" />
            <source>Drafts</source>
            <translation type="unfinished">Draf</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="77" />
            <source>Final</source>
            <translation type="unfinished">Muktamad</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="78" />
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>Void</source>
            <translation type="unfinished">Tidak sah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <source>Since</source>
            <translation type="unfinished">Sejak</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="97" />
            <source>View</source>
            <translation type="unfinished">Lihat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="98" />
            <source>Edit as new revision</source>
            <translation type="unfinished">Sunting sebagai semakan baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="99" />
            <source>Finalise</source>
            <translation type="unfinished">Muktamadkan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="100" />
            <source>Void…</source>
            <translation type="unfinished">Isytihar tidak sah…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="119" />
            <source>Any form</source>
            <translation type="unfinished">Semua borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="120" />
            <source>Any user</source>
            <translation type="unfinished">Semua pengguna</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>{count} records match.</source>
            <translation type="unfinished">{count} rekod sepadan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">Rekod yang tidak sah tidak boleh disunting.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="185" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">Rekod {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="200" />
            <source>Not done</source>
            <translation type="unfinished">Tidak dilakukan</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="146" />
            <source>The vault folder</source>
            <translation type="unfinished">Folder peti besi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="153" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">Kedua-dua frasa laluan berbeza. Taip semula.</translation>
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished">Pulihkan dengan kunci pemulihan</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished">Taip kunci pemulihan tepat seperti yang dicetak, kemudian pilih frasa laluan baharu untuk pengguna anda. Data dalam peti besi tidak berubah.</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">Fail peti besi:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">Pilih…</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished">Kunci pemulihan:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished">Pengguna:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished">Frasa laluan baharu:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished">Frasa laluan baharu sekali lagi:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">Kekuatan:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished">Pulihkan</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished">Pejabat: {office}
Peti besi: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished">Kunci pemulihan peti besi Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished">Sesiapa yang memegang kunci ini boleh membuka peti besi. Simpan berkunci, berasingan daripada komputer.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished">Simpan kunci pemulihan sebagai PDF</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished">Kunci pemulihan anda</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished">Kunci ini dipaparkan sekali sahaja. Dengannya sesiapa boleh membuka peti besi, dan tanpanya frasa laluan yang terlupa tidak boleh dipulihkan. Cetak atau simpan sebagai PDF, dan simpan berkunci jauh daripada komputer ini.</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished">Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished">Simpan sebagai PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished">Saya telah mencetak atau menyimpan kunci pemulihan dan akan menyimpannya dengan selamat.</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished">Teruskan</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished">Semak sebelum memuktamadkan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="42" />
            <source>Finalise interview</source>
            <translation type="unfinished">Muktamadkan temu bual</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="63" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>Ada %n masalah yang perlu dibetulkan sebelum temu bual ini dimuktamadkan.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="70" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">Tiada masalah. Semak amaran: memuktamadkan menyimpan teks seadanya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="73" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">Tiada masalah. Temu bual boleh dimuktamadkan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">Saya telah menyemak jawapan yang ditanda: tiada nama, nombor atau alamat</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="15" />
            <source>Too short</source>
            <translation type="unfinished">Terlalu pendek</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="16" />
            <source>Weak</source>
            <translation type="unfinished">Lemah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="17" />
            <source>Fair</source>
            <translation type="unfinished">Sederhana</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="18" />
            <source>Good</source>
            <translation type="unfinished">Baik</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="19" />
            <source>Strong</source>
            <translation type="unfinished">Kuat</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <source>an e-mail address</source>
            <translation type="unfinished">alamat e-mel</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation type="unfinished">alamat web</translation>
        </message>
        <message>
            <source>an ID card number</source>
            <translation type="unfinished">nombor kad pengenalan</translation>
        </message>
        <message>
            <source>a passport number</source>
            <translation type="unfinished">nombor pasport</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">nombor telefon</translation>
        </message>
        <message>
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">nombor panjang (nombor pengenalan atau nombor akaun)</translation>
        </message>
        <message>
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">Jawapan ini nampaknya mengandungi {kinds}. Lintas tidak boleh menyimpannya: tekan Sunting keluar, atau ubah jawapan.</translation>
        </message>
        <message>
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">Teks Myanmar ini ditaip dalam Zawgyi: {button} menukarkannya kepada Unicode.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation type="unfinished">, </translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation type="unfinished">{items} dan {last}</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished">Sunting keluar</translation>
        </message>
        <message>
            <source>Convert to Unicode</source>
            <translation type="unfinished">Tukar kepada Unicode</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="93" />
            <source>Vault: {path}</source>
            <translation type="unfinished">Peti besi: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="106" />
            <source>Pick your user name.</source>
            <translation type="unfinished">Pilih nama pengguna anda.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished">Buka kunci peti besi</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished">Pengguna:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished">Frasa laluan:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="67" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">Terlupa frasa laluan…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="72" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="77" />
            <source>Unlock</source>
            <translation type="unfinished">Buka kunci</translation>
        </message>
        <message>
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished">Ingat nama saya dan peti besi ini di komputer ini</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished">Pengguna</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished">Peranan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished">Ditambah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Enumerator</source>
            <translation type="unfinished">Pembanci</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Supervisor</source>
            <translation type="unfinished">Penyelia</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="107" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">Pilih pengguna yang hendak dibuang dahulu.</translation>
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished">Pengguna dan peranan</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished">Tambah pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished">Nama pengguna:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished">Peranan:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished">Frasa laluan mereka:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished">Tambah pengguna</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished">Buang pengguna yang dipilih</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="26" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">Nyatakan sebab rekod diisytiharkan tidak sah, secara ringkas.</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished">Sunting keluar</translation>
        </message>
        <message>
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished">Sebab ini kelihatan mengandungi nombor telefon, e-mel, alamat web atau nombor dokumen. Lintas tidak pernah menyimpannya: tekan Sunting keluar, atau tulis sebab tanpanya.</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished">Isytihar rekod tidak sah</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished">Mengapa rekod ini tidak sah? Sebabnya disimpan dalam jejak audit.</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="46" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="51" />
            <source>Void record</source>
            <translation type="unfinished">Isytihar rekod tidak sah</translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished">Selamat datang ke Lintas</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished">Lintas menyimpan rekod tinjauan pekerja migran dalam peti besi yang disulitkan pada komputer ini. Cipta peti besi baharu untuk pejabat anda, atau buka yang sedia ada.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished">Cipta peti besi baharu…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished">Buka peti besi sedia ada…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished">Pulihkan dengan kunci pemulihan…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished">Bahasa aplikasi:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished">Masalah yang tidak dijangka</translation>
        </message>
    </context>
</TS>