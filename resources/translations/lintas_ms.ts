<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
    <context>
        <name>AutoLockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="168" />
            <source>The longest delay for this vault is {minutes} minutes, set by a supervisor. You can choose a shorter one.</source>
            <translation type="unfinished">Tempoh paling lama untuk peti besi ini ialah {minutes} minit, ditetapkan oleh penyelia. Anda boleh memilih tempoh yang lebih singkat.</translation>
        </message>
    </context>
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
            <location filename="../../ui/autolock.ui" line="82" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="87" />
            <source>Save</source>
            <translation type="unfinished">Simpan</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="47" />
            <source>Longest for every user (minutes):</source>
            <translation type="unfinished">Paling lama untuk semua pengguna (minit):</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="55" />
            <source>No limit</source>
            <translation type="unfinished">Tiada had</translation>
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
            <location filename="../../src/lintas/gui/entry/choices.py" line="317" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">Pilih salah satu daripada senarai.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="260" />
            <source>No choice matches.</source>
            <translation type="unfinished">Tiada pilihan yang sepadan.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="72" />
            <source>Conflicts</source>
            <translation type="unfinished">Konflik</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="75" />
            <source>Records that arrived with other content</source>
            <translation type="unfinished">Rekod yang tiba dengan kandungan berbeza</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="80" />
            <source>The same revision of a record reads differently here and at another office. Nothing was overwritten. Compare the two and keep one: the other stays in the record's history.</source>
            <translation type="unfinished">Semakan yang sama bagi satu rekod berbeza kandungannya di sini dan di pejabat lain. Tiada apa-apa yang ditulis ganti. Bandingkan kedua-duanya dan simpan satu: yang satu lagi kekal dalam sejarah rekod.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Record</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>From</source>
            <translation type="unfinished">Daripada</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Found on</source>
            <translation type="unfinished">Ditemui pada</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="146" />
            <source>Question</source>
            <translation type="unfinished">Soalan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Here</source>
            <translation type="unfinished">Di sini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Incoming</source>
            <translation type="unfinished">Masuk</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="102" />
            <source>Keep the version &amp;here</source>
            <translation type="unfinished">Simpan versi di &amp;sini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="103" />
            <source>Keep the &amp;incoming version</source>
            <translation type="unfinished">Simpan versi yang &amp;masuk</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="104" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="131" />
            <source>No conflicts wait.</source>
            <translation type="unfinished">Tiada konflik yang menunggu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="147" />
            <source>Here (revision {number}, {date})</source>
            <translation type="unfinished">Di sini (semakan {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="150" />
            <source>From {office} (revision {number}, {date})</source>
            <translation type="unfinished">Daripada {office} (semakan {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="157" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="172" />
            <source>Record {uuid}. Answers that differ (marked): {count}</source>
            <translation type="unfinished">Rekod {uuid}. Jawapan yang berbeza (ditanda): {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="189" />
            <source>Kept the version here for record {uuid}.</source>
            <translation type="unfinished">Versi di sini disimpan untuk rekod {uuid}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="191" />
            <source>Kept the incoming version for record {uuid}, as a new revision.</source>
            <translation type="unfinished">Versi yang masuk disimpan untuk rekod {uuid}, sebagai semakan baharu.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="34" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">Folder untuk peti besi baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">Pilih tempat menyimpan peti besi.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">Sudah ada sesuatu di situ. Pilih nama folder baharu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the office name.</source>
            <translation type="unfinished">Taip nama pejabat.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">Taip nama pengguna penyelia.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="50" />
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
            <location filename="../../src/lintas/gui/entry/blocks.py" line="179" />
            <source>Add another: {name}</source>
            <translation type="unfinished">Tambah lagi: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="228" />
            <location filename="../../src/lintas/gui/entry/view.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished">Buang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="316" />
            <source>More questions</source>
            <translation type="unfinished">Soalan lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="92" />
            <source>Review and finalise</source>
            <translation type="unfinished">Semak dan muktamadkan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="98" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">Simpan draf (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="102" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">Semak (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="231" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">Buang {address} dan semua jawapannya?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="314" />
            <source>Saved at {time}</source>
            <translation type="unfinished">Disimpan pada {time}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="24" />
            <source>&amp;Send to…</source>
            <translation type="unfinished">&amp;Hantar kepada…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="27" />
            <source>&amp;Receive bundle…</source>
            <translation type="unfinished">&amp;Terima pakej data…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="30" />
            <source>Recei&amp;pts…</source>
            <translation type="unfinished">&amp;Resit…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="31" />
            <source>P&amp;eers…</source>
            <translation type="unfinished">Pejabat raka&amp;n…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="34" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished">Konf&amp;lik…</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="17" />
            <source>Bundle {number} for {office} is saved to {path}.</source>
            <translation type="unfinished">Pakej data {number} untuk {office} disimpan di {path}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="23" />
            <location filename="../../src/lintas/gui/exchange/texts.py" line="122" />
            <source>Records in it: {count}</source>
            <translation type="unfinished">Rekod di dalamnya: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="30" />
            <source>It is split into {count} parts for e-mail: {names}. Send every part; the office receives them in any order, and nothing is imported until all are there.</source>
            <translation type="unfinished">Ia dibahagikan kepada {count} bahagian untuk e-mel: {names}. Hantar setiap bahagian; pejabat menerimanya dalam apa-apa urutan, dan tiada apa-apa diimport sehingga semuanya ada.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="40" />
            <source>They hold every record already; the bundle only carries news of revoked offices.</source>
            <translation type="unfinished">Mereka sudah memegang semua rekod; pakej ini hanya membawa berita pejabat yang ditarik balik.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="46" />
            <source>Take the file to them on a USB stick or send it by e-mail: only they can open it. When their receipt comes back, open it with Office → Receive bundle.</source>
            <translation type="unfinished">Bawa fail ini kepada mereka dengan USB atau hantar melalui e-mel: hanya mereka yang boleh membukanya. Apabila resit mereka kembali, buka dengan Pejabat → Terima pakej data.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="60" />
            <source>This vault already uses the regional key {key} of {office}.</source>
            <translation type="unfinished">Peti besi ini sudah menggunakan kunci serantau {key} milik {office}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="67" />
            <source>This vault now uses the regional key {key} of {office}. Pseudonyms made from now on match those of the other offices that use it.</source>
            <translation type="unfinished">Peti besi ini kini menggunakan kunci serantau {key} milik {office}. Nama samaran yang dibuat mulai sekarang sepadan dengan pejabat lain yang menggunakannya.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="77" />
            <source>It replaced the key {key}: the %n pseudonyms made under that key will not match those made from now on.</source>
            <translation type="unfinished">
                <numerusform>Ia menggantikan kunci {key}: %n nama samaran yang dibuat dengan kunci itu tidak akan sepadan dengan yang dibuat mulai sekarang.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="94" />
            <source>This receipt from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">Resit daripada {office} ini sudah diterima. Tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="99" />
            <source>{office} confirms that it holds {count} records sent from here.</source>
            <translation type="unfinished">{office} mengesahkan bahawa ia memegang {count} rekod yang dihantar dari sini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="107" />
            <source>Bundle {number} from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">Pakej data {number} daripada {office} sudah diterima. Tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="116" />
            <source>Bundle {number} from {office} arrived.</source>
            <translation type="unfinished">Pakej data {number} daripada {office} telah tiba.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="125" />
            <source>New here: {count}</source>
            <translation type="unfinished">Baharu di sini: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="127" />
            <source>Newer revisions of records held here: {count}</source>
            <translation type="unfinished">Semakan lebih baharu bagi rekod yang ada di sini: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="133" />
            <source>Already here, unchanged: {count}</source>
            <translation type="unfinished">Sudah ada di sini, tidak berubah: {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="139" />
            <source>In conflict: {count}. These came with other content than the same revision here. Nothing was overwritten: choose which to keep under Office → Conflicts.</source>
            <translation type="unfinished">Konflik: {count}. Rekod ini tiba dengan kandungan berbeza daripada semakan yang sama di sini. Tiada apa-apa yang ditulis ganti: pilih yang hendak disimpan di Pejabat → Konflik.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="147" />
            <source>No conflicts.</source>
            <translation type="unfinished">Tiada konflik.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="151" />
            <source>Bundles from {office} that have not arrived yet: {numbers}.</source>
            <translation type="unfinished">Pakej data daripada {office} yang belum tiba: {numbers}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="159" />
            <source>Warning: {text}</source>
            <translation type="unfinished">Amaran: {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="165" />
            <source>A receipt for {office} is saved to {path}. Send it back so that they know what arrived.</source>
            <translation type="unfinished">Resit untuk {office} disimpan di {path}. Hantar semula supaya mereka tahu apa yang telah tiba.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="179" />
            <source>Nothing was changed. This vault already made %n pseudonyms under its regional key {old}. The key {new} of {office} would replace it, and pseudonyms made under one key never match those made under another. Keep the current key, unless the hub says that every office changes to its key: then choose Replace the regional key anyway.</source>
            <translation type="unfinished">
                <numerusform>Tiada apa-apa yang diubah. Peti besi ini sudah membuat %n nama samaran dengan kunci serantaunya {old}. Kunci {new} milik {office} akan menggantikannya, dan nama samaran yang dibuat dengan satu kunci tidak sekali-kali sepadan dengan yang dibuat dengan kunci lain. Kekalkan kunci semasa, melainkan pusat menyatakan bahawa setiap pejabat bertukar kepada kuncinya: kemudian pilih Gantikan kunci serantau juga.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="198" />
            <source>The file was refused. Nothing was imported: this vault is unchanged.</source>
            <translation type="unfinished">Fail ditolak. Tiada apa-apa yang diimport: peti besi ini tidak berubah.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="202" />
            <source>Reason: {text}</source>
            <translation type="unfinished">Sebab: {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="205" />
            <source>Ask the sender for a fresh copy, and check that it was made for this office.</source>
            <translation type="unfinished">Minta salinan baharu daripada pengirim, dan semak bahawa ia dibuat untuk pejabat ini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="214" />
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished">Dibatalkan. Tiada apa-apa yang diubah.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="49" />
            <source>Internal: every answer except identifiers, for this office</source>
            <translation type="unfinished">Dalaman: semua jawapan kecuali pengenal, untuk pejabat ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="50" />
            <source>Restricted: for licensed researchers, recoded and checked</source>
            <translation type="unfinished">Terhad: untuk penyelidik berlesen, dikod semula dan disemak</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="51" />
            <source>Public: tables and a few coarse variables, for anyone</source>
            <translation type="unfinished">Awam: jadual dan beberapa pemboleh ubah kasar, untuk sesiapa sahaja</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="56" />
            <source>Final interviews only</source>
            <translation type="unfinished">Temu bual muktamad sahaja</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="57" />
            <source>All interviews (drafts, final and void)</source>
            <translation type="unfinished">Semua temu bual (draf, muktamad dan tidak sah)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="58" />
            <source>Drafts only</source>
            <translation type="unfinished">Draf sahaja</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="59" />
            <source>Void records only</source>
            <translation type="unfinished">Rekod tidak sah sahaja</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="64" />
            <source>Excel workbook (.xlsx), the standard Lintas workbook</source>
            <translation type="unfinished">Buku kerja Excel (.xlsx), buku kerja piawai Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="65" />
            <source>SPSS (.sav files in a .zip)</source>
            <translation type="unfinished">SPSS (fail .sav dalam .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="66" />
            <source>Stata (.dta files in a .zip)</source>
            <translation type="unfinished">Stata (fail .dta dalam .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="67" />
            <source>CSV (UTF-8 files in a .zip, for R and Python)</source>
            <translation type="unfinished">CSV (fail UTF-8 dalam .zip, untuk R dan Python)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="76" />
            <source>Save as &amp;named export…</source>
            <translation type="unfinished">Simpan sebagai eksport ber&amp;nama…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="80" />
            <source>Chec&amp;k what this level keeps</source>
            <translation type="unfinished">Sema&amp;k apa yang disimpan tahap ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="106" />
            <source>Codes (as stored)</source>
            <translation type="unfinished">Kod (seperti disimpan)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="109" />
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="207" />
            <source>Install a form first.</source>
            <translation type="unfinished">Pasang borang dahulu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="154" />
            <source>Everything the office holds, without identifier questions (names, document numbers). Keep it inside the office.</source>
            <translation type="unfinished">Semua yang disimpan pejabat, tanpa soalan pengenal (nama, nombor dokumen). Simpan di dalam pejabat.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="158" />
            <source>Only the declared variables, recoded so that no person can be picked out.</source>
            <translation type="unfinished">Hanya pemboleh ubah yang diisytiharkan, dikod semula supaya tiada sesiapa dapat dikenal pasti.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="160" />
            <source>The standard tables and sex, age band, citizenship and flow type.</source>
            <translation type="unfinished">Jadual piawai serta jantina, kumpulan umur, kewarganegaraan dan jenis aliran.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Zip (*.zip)</source>
            <translation type="unfinished">Fail Zip (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="194" />
            <source>Export to</source>
            <translation type="unfinished">Eksport ke</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="210" />
            <source>Choose where to save the file.</source>
            <translation type="unfinished">Pilih tempat untuk menyimpan fail.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="213" />
            <source>The folder {folder} does not exist. Choose another.</source>
            <translation type="unfinished">Folder {folder} tidak wujud. Pilih yang lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="217" />
            <source>The file name must end in {suffix} for this format.</source>
            <translation type="unfinished">Nama fail mesti berakhir dengan {suffix} untuk format ini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="221" />
            <source>The two passwords are not the same. Type them again.</source>
            <translation type="unfinished">Kedua-dua kata laluan tidak sama. Taip semula.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="223" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">Tarikh pertama selepas tarikh terakhir.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="239" />
            <source>Exporting…</source>
            <translation type="unfinished">Sedang mengeksport…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="251" />
            <source>Replace the file?</source>
            <translation type="unfinished">Ganti fail?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="252" />
            <source>{file} is already there. Replace it?</source>
            <translation type="unfinished">{file} sudah ada. Gantikan?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="269" />
            <source>Stopping…</source>
            <translation type="unfinished">Sedang berhenti…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="282" />
            <source>Exported {count} interviews of {form} ({level} level).</source>
            <translation type="unfinished">{count} temu bual daripada {form} telah dieksport (tahap {level}).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="285" />
            <source>The file is {path}</source>
            <translation type="unfinished">Fail berada di {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="290" />
            <source>It has a password: give the password to the ministry another way.</source>
            <translation type="unfinished">Fail ini berkata laluan: berikan kata laluan kepada kementerian dengan cara lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="293" />
            <source>The zip holds one file per sheet, a README and the codebook.</source>
            <translation type="unfinished">Zip mengandungi satu fail bagi setiap helaian, README dan buku kod.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="294" />
            <source>Checksum (SHA-256): {digest}</source>
            <translation type="unfinished">Hasil tambah semak (SHA-256): {digest}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="303" />
            <source>Every combination of the identifying answers is shared by at least {k} interviews (the aim is {target}); {removed} interviews were left out to reach it.</source>
            <translation type="unfinished">Setiap gabungan jawapan yang boleh mengenal pasti dikongsi oleh sekurang-kurangnya {k} temu bual (sasarannya {target}); {removed} temu bual dikeluarkan untuk mencapainya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="315" />
            <source>The question that loses most, {name}, keeps {share} of its answers.</source>
            <translation type="unfinished">Soalan yang paling banyak kehilangan, {name}, menyimpan {share} jawapannya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="325" />
            <source>Checking…</source>
            <translation type="unfinished">Menyemak…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="348" />
            <source>{level} level: {count} interviews would be exported, with {columns} question columns.</source>
            <translation type="unfinished">Tahap {level}: {count} temu bual akan dieksport, dengan {columns} lajur soalan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="354" />
            <source>Not published at this level: {names}.</source>
            <translation type="unfinished">Tidak diterbitkan pada tahap ini: {names}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="371" />
            <source>Export cancelled. No file was written.</source>
            <translation type="unfinished">Eksport dihentikan. Tiada fail ditulis.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="406" />
            <source>Save as named export</source>
            <translation type="unfinished">Simpan sebagai eksport bernama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="407" />
            <source>Name (for example: Monthly to the Ministry of Labour):</source>
            <translation type="unfinished">Nama (contohnya: Bulanan kepada Kementerian Sumber Manusia):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="428" />
            <source>Saved as '{name}'. The command line makes the same export with lintas export VAULT FILE --preset "{name}".</source>
            <translation type="unfinished">Disimpan sebagai '{name}'. Baris arahan membuat eksport yang sama dengan lintas export VAULT FILE --preset "{name}".</translation>
        </message>
    </context>
    <context>
        <name>ExportForm</name>
        <message>
            <location filename="../../ui/export.ui" line="6" />
            <location filename="../../ui/export.ui" line="10" />
            <source>Export</source>
            <translation type="unfinished">Eksport</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="16" />
            <source>Writes the interviews of one form to a file for the ministry or for analysis. Identifier questions are never exported.</source>
            <translation type="unfinished">Menulis temu bual satu borang ke fail untuk kementerian atau analisis. Soalan pengenal tidak pernah dieksport.</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="24" />
            <source>&amp;Form:</source>
            <translation type="unfinished">&amp;Borang:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="33" />
            <source>&amp;Level:</source>
            <translation type="unfinished">&amp;Tahap:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="48" />
            <source>La&amp;bels:</source>
            <translation type="unfinished">&amp;Label:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="57" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">Tarikh &amp;sahaja:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="70" />
            <source>to</source>
            <translation type="unfinished">hingga</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="89" />
            <source>&amp;Status:</source>
            <translation type="unfinished">&amp;Status:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="98" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished">Fo&amp;rmat:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="107" />
            <source>&amp;Password:</source>
            <translation type="unfinished">&amp;Kata laluan:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="114" />
            <source>Optional. Excel and LibreOffice will ask for it.</source>
            <translation type="unfinished">Pilihan. Excel dan LibreOffice akan memintanya.</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="119" />
            <source>Confir&amp;m password:</source>
            <translation type="unfinished">Sa&amp;hkan kata laluan:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="130" />
            <source>Save &amp;to:</source>
            <translation type="unfinished">Simpan &amp;ke:</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="141" />
            <source>Bro&amp;wse…</source>
            <translation type="unfinished">La&amp;yari…</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="176" />
            <source>&amp;Export</source>
            <translation type="unfinished">&amp;Eksport</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="182" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="188" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="180" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">Disembunyikan semasa ditaip dan tidak pernah disimpan: hanya nama samaran disimpan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="195" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">Jawapan ini tidak dibenarkan di sini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="337" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">Taip tarikh dan masa sebagai {format}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="341" />
            <source>Type a number.</source>
            <translation type="unfinished">Taip nombor.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="288" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} nampaknya tahun Buddha (BE): guna {gregorian}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="354" />
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the recording</source>
            <translation type="unfinished">Mainkan audio</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the video</source>
            <translation type="unfinished">Mainkan video</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Opens {file} with this computer's player.</source>
            <translation type="unfinished">Membuka {file} dengan pemain di komputer ini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: no program for it is installed. The question's text is shown; read it to the respondent.</source>
            <translation type="unfinished">Komputer ini tidak dapat memainkan {file}: tiada program untuknya dipasang. Teks soalan tetap dipaparkan; bacakan kepada responden.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: it could not be copied to the temporary folder (the disk may be full). Free some disk space and try again; until then, read the question's text to the respondent.</source>
            <translation type="unfinished">Komputer ini tidak dapat memainkan {file}: fail tidak dapat disalin ke folder sementara (cakera mungkin penuh). Kosongkan ruang cakera dan cuba lagi; sementara itu, bacakan teks soalan kepada responden.</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45'N 100°30'E</source>
            <translation type="unfinished">Latitud, longitud: 13.75, 100.5 atau 13°45'N 100°30'E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by ';': 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">Titik dipisahkan dengan ';': 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="44" />
            <source>Altitude (m)</source>
            <translation type="unfinished">Ketinggian (m)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="45" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">Ketepatan (m)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="73" />
            <source>optional</source>
            <translation type="unfinished">pilihan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="108" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">Di luar julat: latitud -90 hingga 90, longitud -180 hingga 180, ketinggian -11000 hingga 9000 m, ketepatan 0 atau lebih.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="122" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45'30"N 100°30'15"E.</source>
            <translation type="unfinished">Taip latitud dan longitud, contohnya 13.75, 100.5 atau 13°45'30"N 100°30'15"E.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="126" />
            <source>Type at least two points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">Taip sekurang-kurangnya dua titik, setiap satu sebagai latitud, longitud, dipisahkan dengan ';'.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="129" />
            <source>Type at least three different points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">Taip sekurang-kurangnya tiga titik yang berbeza, setiap satu sebagai latitud, longitud, dipisahkan dengan ';'.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="47" />
            <source>Use this office's location</source>
            <translation type="unfinished">Guna lokasi pejabat ini</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="52" />
            <source>Working…</source>
            <translation type="unfinished">Sedang berfungsi…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="53" />
            <source>&amp;Help</source>
            <translation type="unfinished">&amp;Bantuan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="45" />
            <source>User guide</source>
            <translation type="unfinished">Panduan pengguna</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="46" />
            <source>Administrator guide</source>
            <translation type="unfinished">Panduan pentadbir</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="47" />
            <source>Installing Lintas</source>
            <translation type="unfinished">Memasang Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="64" />
            <source>Self-test…</source>
            <translation type="unfinished">Ujian kendiri…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="67" />
            <location filename="../../src/lintas/gui/help_menu.py" line="300" />
            <source>About Lintas</source>
            <translation type="unfinished">Perihal Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="128" />
            <source>This guide is missing from this install. Reinstall Lintas.</source>
            <translation type="unfinished">Panduan ini tiada dalam pemasangan ini. Pasang semula Lintas.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="144" />
            <source>This link leads outside Lintas: {url}</source>
            <translation type="unfinished">Pautan ini menuju ke luar Lintas: {url}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="155" />
            <source>Self-test</source>
            <translation type="unfinished">Ujian kendiri</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="158" />
            <source>Checks this install on a throwaway vault in a temporary folder. Your own vault is not touched.</source>
            <translation type="unfinished">Menyemak pemasangan ini dengan peti besi ujian dalam folder sementara. Peti besi anda sendiri tidak disentuh.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="168" />
            <source>Step</source>
            <translation type="unfinished">Langkah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="169" />
            <source>Result</source>
            <translation type="unfinished">Keputusan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="170" />
            <source>Detail</source>
            <translation type="unfinished">Butiran</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="180" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="181" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="202" />
            <source>Running…</source>
            <translation type="unfinished">Sedang berjalan…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="219" />
            <source>Stopping after the step that is running…</source>
            <translation type="unfinished">Berhenti selepas langkah yang sedang berjalan…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="236" />
            <source>Running: {step}</source>
            <translation type="unfinished">Sedang berjalan: {step}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="241" />
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="242" />
            <source>Warning</source>
            <translation type="unfinished">Amaran</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="243" />
            <source>Failed</source>
            <translation type="unfinished">Gagal</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="244" />
            <source>Skipped</source>
            <translation type="unfinished">Dilangkau</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="259" />
            <source>The self-test FAILED: {count} of {total} steps did not pass. Follow the advice in the Detail column.</source>
            <translation type="unfinished">Ujian kendiri GAGAL: {count} daripada {total} langkah tidak lulus. Ikut nasihat dalam lajur Butiran.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="267" />
            <source>The self-test passed, with {count} warning(s): read the Detail column.</source>
            <translation type="unfinished">Ujian kendiri lulus, dengan {count} amaran: baca lajur Butiran.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="273" />
            <source>The self-test passed: all {total} steps.</source>
            <translation type="unfinished">Ujian kendiri lulus: kesemua {total} langkah.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="280" />
            <source>The self-test was stopped. Its temporary folder was removed.</source>
            <translation type="unfinished">Ujian kendiri dihentikan. Folder sementaranya telah dipadam.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="305" />
            <source>Offline, encrypted survey capture and exchange for migrant-worker statistics. Python {python}, Qt {qt}, {system}.</source>
            <translation type="unfinished">Pengumpulan dan pertukaran data tinjauan luar talian yang disulitkan untuk statistik pekerja migran. Python {python}, Qt {qt}, {system}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="323" />
            <source>Component</source>
            <translation type="unfinished">Komponen</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="324" />
            <source>Version</source>
            <translation type="unfinished">Versi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="325" />
            <source>Licence</source>
            <translation type="unfinished">Lesen</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="326" />
            <source>Used for</source>
            <translation type="unfinished">Digunakan untuk</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="339" />
            <source>Libraries</source>
            <translation type="unfinished">Pustaka</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="340" />
            <source>Fonts (Noto)</source>
            <translation type="unfinished">Fon (Noto)</translation>
        </message>
    </context>
    <context>
        <name>HistoryWarning</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="19" />
            <source>This vault is older than expected</source>
            <translation type="unfinished">Peti besi ini lebih lama daripada yang dijangka</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="22" />
            <source>This vault is older than the copy this computer saw last time. Interviews saved since then may be missing: an older copy of the vault may have been put back, or its last entries removed.</source>
            <translation type="unfinished">Peti besi ini lebih lama daripada salinan yang terakhir dilihat oleh komputer ini. Temu bual yang disimpan sejak itu mungkin hilang: salinan lama peti besi mungkin telah diletakkan semula, atau entri terakhirnya dibuang.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="30" />
            <source>Before you add or change anything, find the newest copy of the vault (on another computer, a USB stick or a backup) and tell your supervisor. Lintas has written this warning into the vault's audit trail.</source>
            <translation type="unfinished">Sebelum menambah atau mengubah apa-apa, cari salinan terbaharu peti besi (di komputer lain, pemacu USB atau sandaran) dan beritahu penyelia anda. Lintas telah menulis amaran ini ke dalam jejak audit peti besi.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="40" />
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Home</source>
            <translation type="unfinished">Laman utama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="49" />
            <source>Interviews today</source>
            <translation type="unfinished">Temu bual hari ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="50" />
            <source>This week</source>
            <translation type="unfinished">Minggu ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="51" />
            <source>In total</source>
            <translation type="unfinished">Jumlah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="52" />
            <source>Drafts waiting</source>
            <translation type="unfinished">Draf menunggu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="57" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">Mengikut jantina (30 hari lepas)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="58" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">Mengikut kewarganegaraan (30 hari lepas)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="59" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">Mengikut hari (14 hari lepas)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="93" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">Pejabat: {office} · Log masuk sebagai {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="105" />
            <source>Others</source>
            <translation type="unfinished">Lain-lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">Mulakan temu bual baharu</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished">&amp;Sandarkan sekarang…</translation>
        </message>
        <message>
            <source>The last backup of this vault was made on {date}. It is time for the next one: back it up to a USB stick or another disk.</source>
            <translation type="unfinished">Sandaran terakhir peti besi ini dibuat pada {date}. Sudah tiba masanya untuk yang seterusnya: sandarkan ke USB atau cakera lain.</translation>
        </message>
        <message>
            <source>This vault has never been backed up. Back it up to a USB stick or another disk, and keep that away from this computer.</source>
            <translation type="unfinished">Peti besi ini belum pernah disandarkan. Sandarkan ke USB atau cakera lain, dan simpan jauh dari komputer ini.</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <source>New, not saved yet</source>
            <translation type="unfinished">Baharu, belum disimpan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Draft</source>
            <translation type="unfinished">Draf</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="103" />
            <source>Put away</source>
            <translation type="unfinished">Simpan dahulu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="165" />
            <source>Edits of a final record are saved with Ctrl+S.</source>
            <translation type="unfinished">Suntingan pada rekod muktamad disimpan dengan Ctrl+S.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="170" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">Orang ini mungkin pernah ditemu bual ({count} rekod).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Final</source>
            <translation type="unfinished">Muktamad</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="198" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">Tiada apa-apa disimpan sehingga responden bersetuju untuk ditemu bual. Jika mereka menolak, ucapkan terima kasih dan tutup temu bual: ia dibuang.</translation>
        </message>
    </context>
    <context>
        <name>KeyWarning</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="26" />
            <source>This office has no regional key from its hub yet. Pseudonyms made now will never match those of the other offices, and cannot be made again later. Before the first interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">Pejabat ini belum mempunyai kunci serantau daripada pejabat hab. Nama samaran yang dibuat sekarang tidak akan sepadan dengan nama samaran pejabat lain, dan tidak boleh dibuat semula kemudian. Sebelum temu bual pertama, penyelia menerima pakej kunci hab (Pejabat → Terima pakej data).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="33" />
            <source>This office uses its own regional key, not one from its hub: its %n pseudonyms will never match those of the other offices. Before the next interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">
                <numerusform>Pejabat ini menggunakan kunci serantaunya sendiri, bukan daripada hab: %n nama samarannya tidak akan sepadan dengan pejabat lain. Sebelum temu bual seterusnya, penyelia menerima pakej kunci hab (Pejabat → Terima pakej data).</numerusform>
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
            <translation type="unfinished">Laman utama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="111" />
            <source>New interview</source>
            <translation type="unfinished">Temu bual baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="113" />
            <source>Records</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="18" />
            <location filename="../../src/lintas/gui/language_menu.py" line="43" />
            <location filename="../../src/lintas/gui/main_window.py" line="187" />
            <source>Language</source>
            <translation type="unfinished">Bahasa</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="44" />
            <location filename="../../src/lintas/gui/main_window.py" line="188" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">Bahasa baharu digunakan apabila Lintas dibuka seterusnya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="211" />
            <source>Open a vault folder</source>
            <translation type="unfinished">Buka folder peti besi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="251" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">Frasa laluan baharu sudah ditetapkan. Buka peti besi dengannya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="323" />
            <source>Loading the form…</source>
            <translation type="unfinished">Memuatkan borang…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="337" />
            <source>Loading the form</source>
            <translation type="unfinished">Memuatkan borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="365" />
            <source>Interview</source>
            <translation type="unfinished">Temu bual</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="377" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">Temu bual dimuktamadkan dan disimpan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>&amp;Vault</source>
            <translation type="unfinished">&amp;Peti besi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="31" />
            <source>New vault…</source>
            <translation type="unfinished">Peti besi baharu…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="34" />
            <source>Open vault…</source>
            <translation type="unfinished">Buka peti besi…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="37" />
            <source>Lock now</source>
            <translation type="unfinished">Kunci sekarang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="42" />
            <source>Quit</source>
            <translation type="unfinished">Keluar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>&amp;Office</source>
            <translation type="unfinished">Pe&amp;jabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="48" />
            <source>Users and roles…</source>
            <translation type="unfinished">Pengguna dan peranan…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="52" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">Tukar frasa laluan saya…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="56" />
            <source>Auto-lock…</source>
            <translation type="unfinished">Kunci automatik…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="60" />
            <source>Privacy report…</source>
            <translation type="unfinished">Laporan privasi…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="66" />
            <source>Export…</source>
            <translation type="unfinished">Eksport…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="95" />
            <source>Only a supervisor can export.</source>
            <translation type="unfinished">Hanya penyelia boleh mengeksport.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="114" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">Frasa laluan sudah ditukar.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="100" />
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas dikunci. Buka kunci peti besi untuk meneruskan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;Pergi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="87" />
            <source>Only a supervisor can see the privacy report.</source>
            <translation type="unfinished">Hanya penyelia boleh melihat laporan privasi.</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation type="unfinished">&amp;Sandarkan…</translation>
        </message>
        <message>
            <source>Unlock a vault to back it up.</source>
            <translation type="unfinished">Buka kunci peti besi untuk menyandarkannya.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished">&amp;Pulihkan daripada sandaran…</translation>
        </message>
        <message>
            <source>&amp;Forms and versions…</source>
            <translation type="unfinished">&amp;Borang dan versi…</translation>
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
            <location filename="../../src/lintas/gui/entry/media_field.py" line="67" />
            <source>Attach a file</source>
            <translation type="unfinished">Lampirkan fail</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="73" />
            <source>All files (*)</source>
            <translation type="unfinished">Semua fail (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="90" />
            <source>Images</source>
            <translation type="unfinished">Imej</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="91" />
            <source>Sound recordings</source>
            <translation type="unfinished">Rakaman suara</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="92" />
            <source>Videos</source>
            <translation type="unfinished">Video</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">Fail ini tidak dapat dibaca. Pilih fail lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="111" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">Fail ini bukan imej yang boleh dipaparkan oleh Lintas.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="118" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">Fail ini kosong. Pilih fail lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="126" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">Fail ini {size} MB; paling banyak {limit} MB boleh dilampirkan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="156" />
            <source>No file attached.</source>
            <translation type="unfinished">Tiada fail dilampirkan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="165" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (disimpan dalam peti besi)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="170" />
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
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="35" />
            <source>New interview</source>
            <translation type="unfinished">Temu bual baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="44" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">Pilih borang dan tekan Enter untuk mula.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="49" />
            <source>Install a form…</source>
            <translation type="unfinished">Pasang borang…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="53" />
            <source>Start interview</source>
            <translation type="unfinished">Mula temu bual</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="58" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">Draf menunggu (tekan Enter untuk menyambung)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="95" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · dimulakan {when}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="105" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">Belum ada borang dipasang. Penyelia yang memasangnya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>Install a form</source>
            <translation type="unfinished">Pasang borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="125" />
            <source>Reading {name}…</source>
            <translation type="unfinished">Membaca {name}…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="131" />
            <source>Installing the form</source>
            <translation type="unfinished">Memasang borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="148" />
            <source>The form was not installed</source>
            <translation type="unfinished">Borang tidak dipasang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="135" />
            <source>Installed: {title}, version {version}.</source>
            <translation type="unfinished">Dipasang: {title}, versi {version}.</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/common.py" line="63" />
            <source>Choose…</source>
            <translation type="unfinished">Pilih…</translation>
        </message>
    </context>
    <context>
        <name>PeersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="93" />
            <source>Peers</source>
            <translation type="unfinished">Pejabat rakan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="96" />
            <source>Offices this vault exchanges with</source>
            <translation type="unfinished">Pejabat yang bertukar data dengan peti besi ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Office</source>
            <translation type="unfinished">Pejabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Country</source>
            <translation type="unfinished">Negara</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Fingerprint</source>
            <translation type="unfinished">Cap jari kunci</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>Trusted on</source>
            <translation type="unfinished">Dipercayai sejak</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>State</source>
            <translation type="unfinished">Keadaan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="106" />
            <source>&amp;Trust a card…</source>
            <translation type="unfinished">&amp;Percayai kad kunci…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="107" />
            <source>&amp;Revoke…</source>
            <translation type="unfinished">Ta&amp;rik balik…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="109" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="129" />
            <source>This office: {office}</source>
            <translation type="unfinished">Pejabat ini: {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="134" />
            <source>&amp;Save this office's card…</source>
            <translation type="unfinished">&amp;Simpan kad kunci pejabat ini…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="140" />
            <source>Give the card to the other office (USB stick, e-mail), then read them this fingerprint by phone or on paper: they check it when they trust the card.</source>
            <translation type="unfinished">Berikan kad ini kepada pejabat lain (USB, e-mel), kemudian bacakan cap jari ini melalui telefon atau di atas kertas: mereka menyemaknya semasa mempercayai kad.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="156" />
            <source>Revoked on {date}</source>
            <translation type="unfinished">Ditarik balik pada {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="158" />
            <source>Trusted</source>
            <translation type="unfinished">Dipercayai</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="173" />
            <source>Save this office's card</source>
            <translation type="unfinished">Simpan kad kunci pejabat ini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="174" />
            <location filename="../../src/lintas/gui/exchange/peers.py" line="193" />
            <source>Office cards (*.json)</source>
            <translation type="unfinished">Kad kunci pejabat (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="182" />
            <source>Saved the card to {path}. Fingerprint: {fingerprint}</source>
            <translation type="unfinished">Kad disimpan di {path}. Cap jari: {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="192" />
            <source>Choose the other office's card</source>
            <translation type="unfinished">Pilih kad kunci pejabat lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="206" />
            <source>That is this office's own card. Choose the other office's card.</source>
            <translation type="unfinished">Itu kad pejabat ini sendiri. Pilih kad pejabat lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="210" />
            <source>Not trusted. Nothing was changed.</source>
            <translation type="unfinished">Tidak dipercayai. Tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="221" />
            <source>Now trusting {office}.</source>
            <translation type="unfinished">Kini mempercayai {office}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="223" />
            <source>{office} was trusted already. Nothing was changed.</source>
            <translation type="unfinished">{office} sudah dipercayai. Tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="240" />
            <source>Select the office to revoke first.</source>
            <translation type="unfinished">Pilih dahulu pejabat yang hendak ditarik balik.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="243" />
            <source>{office} is revoked already.</source>
            <translation type="unfinished">{office} sudah ditarik balik.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="247" />
            <source>Revoke an office</source>
            <translation type="unfinished">Tarik balik pejabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="249" />
            <source>Revoke {office}? Its bundles are refused from now on, and the offices you send to learn it too. This is for good: a revoked card is never trusted again, the office must make a new one.</source>
            <translation type="unfinished">Tarik balik {office}? Pakej datanya ditolak mulai sekarang, dan pejabat yang anda hantar juga akan mengetahuinya. Ini kekal: kad yang ditarik balik tidak akan dipercayai lagi, pejabat itu mesti membuat kad baharu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="256" />
            <source>Revoke</source>
            <translation type="unfinished">Tarik balik</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="257" />
            <source>Keep trusting</source>
            <translation type="unfinished">Terus percayai</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="271" />
            <source>Revoked {office}.</source>
            <translation type="unfinished">{office} telah ditarik balik.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="42" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">Awam (k = 5; 11 jika ada soalan sensitif)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="43" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">Terhad (k = 3; 11 jika ada soalan sensitif)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="44" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">Dalaman (dalam pejabat)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="70" />
            <source>Choose a form and a level, then press Check.</source>
            <translation type="unfinished">Pilih borang dan tahap, kemudian tekan Semak.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="97" />
            <source>Install a form first.</source>
            <translation type="unfinished">Pasang borang dahulu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="101" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">Tarikh pertama selepas tarikh terakhir.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="104" />
            <source>Checking…</source>
            <translation type="unfinished">Menyemak…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="137" />
            <source>What this level does, and what to do</source>
            <translation type="unfinished">Apa yang dilakukan tahap ini, dan apa yang perlu anda lakukan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="139" />
            <source>Checked on {date} by {user}, office {office}. Nothing was exported.</source>
            <translation type="unfinished">Disemak pada {date} oleh {user}, pejabat {office}. Tiada apa-apa dieksport.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="161" />
            <source>The report went to the printer.</source>
            <translation type="unfinished">Laporan telah dihantar ke pencetak.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>Save the report as PDF</source>
            <translation type="unfinished">Simpan laporan sebagai PDF</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished">Fail PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="179" />
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation type="unfinished">Folder {folder} tidak wujud. Pilih folder lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="187" />
            <source>Could not write {path}. Check that the folder is writable.</source>
            <translation type="unfinished">Tidak dapat menulis {path}. Semak sama ada folder itu boleh ditulis.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="193" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished">Laporan disimpan sebagai {path}.</translation>
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
            <source>Says what an export of this form's final interviews at this level would publish, what it would leave out or blank so that no one can be picked out, and what you can do about it. Nothing is exported.</source>
            <translation type="unfinished">Menyatakan apa yang akan diterbitkan oleh eksport temu bual muktamad borang ini pada tahap ini, apa yang akan ditinggalkan atau dikosongkan supaya tiada sesiapa dapat dikenal pasti, dan apa yang boleh anda lakukan. Tiada apa-apa dieksport.</translation>
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
            <location filename="../../ui/privacy_report.ui" line="42" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">Tarikh &amp;sahaja:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="55" />
            <source>to</source>
            <translation type="unfinished">hingga</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="78" />
            <source>Check</source>
            <translation type="unfinished">Semak</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="111" />
            <source>&amp;Print…</source>
            <translation type="unfinished">&amp;Cetak…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="117" />
            <source>Save as PD&amp;F…</source>
            <translation type="unfinished">Simpan sebagai PD&amp;F…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="123" />
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
        <name>ReceiptsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="21" />
            <source>Receipts</source>
            <translation type="unfinished">Resit</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="24" />
            <source>What each office holds</source>
            <translation type="unfinished">Apa yang dipegang setiap pejabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Office</source>
            <translation type="unfinished">Pejabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Holds</source>
            <translation type="unfinished">Memegang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>To send</source>
            <translation type="unfinished">Perlu dihantar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Bundles sent</source>
            <translation type="unfinished">Pakej dihantar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Receipts back</source>
            <translation type="unfinished">Resit kembali</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Last receipt</source>
            <translation type="unfinished">Resit terakhir</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Bundles received</source>
            <translation type="unfinished">Pakej diterima</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Record</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Form</source>
            <translation type="unfinished">Borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Revision here</source>
            <translation type="unfinished">Semakan di sini</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>Revision they hold</source>
            <translation type="unfinished">Semakan yang mereka pegang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>State</source>
            <translation type="unfinished">Keadaan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="42" />
            <source>An office holds a record once its receipt for a bundle came back (Office → Receive bundle), or when it sent the record here itself.</source>
            <translation type="unfinished">Sesebuah pejabat memegang rekod apabila resitnya untuk satu pakej kembali (Pejabat → Terima pakej data), atau apabila pejabat itu sendiri menghantar rekod ke sini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="51" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="66" />
            <source>{office} (revoked)</source>
            <translation type="unfinished">{office} (ditarik balik)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="68" />
            <source>{count} of {total}</source>
            <translation type="unfinished">{count} daripada {total}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="74" />
            <source>none yet</source>
            <translation type="unfinished">belum ada</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="78" />
            <source>No office is trusted yet (Office → Peers).</source>
            <translation type="unfinished">Belum ada pejabat yang dipercayai (Pejabat → Pejabat rakan).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="83" />
            <source>Holds it</source>
            <translation type="unfinished">Sudah memegang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="85" />
            <source>Holds another version</source>
            <translation type="unfinished">Memegang versi lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="86" />
            <source>Not yet</source>
            <translation type="unfinished">Belum</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="103" />
            <source>Records of this vault, and what {office} holds of them:</source>
            <translation type="unfinished">Rekod peti besi ini, dan yang dipegang {office}:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="105" />
            <source>The first {count} records of this vault, and what {office} holds:</source>
            <translation type="unfinished">{count} rekod pertama peti besi ini, dan yang dipegang {office}:</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>Receive a bundle or receipt</source>
            <translation type="unfinished">Terima pakej data atau resit</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>&amp;Receive</source>
            <translation type="unfinished">&amp;Terima</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="237" />
            <source>&amp;File from the other office:</source>
            <translation type="unfinished">&amp;Fail daripada pejabat lain:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="240" />
            <source>Choose the bundle or receipt</source>
            <translation type="unfinished">Pilih pakej data atau resit</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="241" />
            <source>Lintas bundles ({patterns})</source>
            <translation type="unfinished">Pakej data Lintas ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="245" />
            <source>&amp;Write a receipt for the sender, beside the file</source>
            <translation type="unfinished">T&amp;ulis resit untuk pengirim, di sebelah fail</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="250" />
            <source>Everything is checked first: who signed it, that it is for this office, every record. Then all of it is imported, or nothing.</source>
            <translation type="unfinished">Semuanya disemak dahulu: siapa yang menandatangani, bahawa ia untuk pejabat ini, setiap rekod. Kemudian semuanya diimport, atau tiada langsung.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="259" />
            <source>Re&amp;place the regional key anyway…</source>
            <translation type="unfinished">&amp;Gantikan kunci serantau juga…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="279" />
            <source>Choose the file that the other office sent (Choose… or type its path).</source>
            <translation type="unfinished">Pilih fail yang dihantar oleh pejabat lain (Pilih… atau taip laluannya).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="285" />
            <source>Checking and importing…</source>
            <translation type="unfinished">Menyemak dan mengimport…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="290" />
            <source>Receiving</source>
            <translation type="unfinished">Menerima</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="311" />
            <source>Replace the regional key</source>
            <translation type="unfinished">Gantikan kunci serantau</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="313" />
            <source>Replace this vault's regional key {old} with the key {new} of {office}?

The %n pseudonyms made here under the old key stay as they are, but they will never match pseudonyms made under the new key, here or at any other office: a person interviewed before and after the change will not show as a possible repeat interview. The old pseudonyms cannot be made again, because the identifiers were never stored. This cannot be undone.

Replace it only if the hub says that every office changes to its key.</source>
            <translation type="unfinished">
                <numerusform>Gantikan kunci serantau {old} peti besi ini dengan kunci {new} milik {office}?

%n nama samaran yang dibuat di sini dengan kunci lama kekal seperti sedia ada, tetapi tidak akan sekali-kali sepadan dengan nama samaran yang dibuat dengan kunci baharu, di sini atau di mana-mana pejabat lain: orang yang ditemu bual sebelum dan selepas pertukaran tidak akan ditunjukkan sebagai kemungkinan temu bual berulang. Nama samaran lama tidak boleh dibuat semula, kerana maklumat pengenalan tidak pernah disimpan. Ini tidak boleh dibuat asal.

Gantikannya hanya jika pusat menyatakan bahawa setiap pejabat bertukar kepada kuncinya.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="328" />
            <source>&amp;Replace the key</source>
            <translation type="unfinished">&amp;Gantikan kunci</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="329" />
            <source>&amp;Keep the current key</source>
            <translation type="unfinished">&amp;Kekalkan kunci semasa</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="286" />
            <source>Record</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="302" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="297" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">Kemungkinan temu bual berulang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="315" />
            <source>Same person</source>
            <translation type="unfinished">Orang yang sama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="316" />
            <source>Different people</source>
            <translation type="unfinished">Orang berbeza</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="325" />
            <source>not decided yet</source>
            <translation type="unfinished">belum diputuskan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="326" />
            <source>decided: the same person</source>
            <translation type="unfinished">diputuskan: orang yang sama</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="327" />
            <source>decided: different people</source>
            <translation type="unfinished">diputuskan: orang berbeza</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="330" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">Pengenal sama dengan rekod {record}, ditemui {when}: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="340" />
            <source>Not done</source>
            <translation type="unfinished">Tidak dilakukan</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="178" />
            <source>Created</source>
            <translation type="unfinished">Dicipta</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="179" />
            <source>Form</source>
            <translation type="unfinished">Borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="180" />
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="181" />
            <source>Rev.</source>
            <translation type="unfinished">Versi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="182" />
            <source>By</source>
            <translation type="unfinished">Oleh</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="183" />
            <source>Answers</source>
            <translation type="unfinished">Jawapan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="184" />
            <source>Record id</source>
            <translation type="unfinished">ID rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="187" />
            <source>draft</source>
            <translation type="unfinished">draf</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="188" />
            <source>final</source>
            <translation type="unfinished">muktamad</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="189" />
            <source>void</source>
            <translation type="unfinished">tidak sah</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="59" />
            <source>Records</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <location filename="../../src/lintas/gui/pages/records.py" line="115" />
            <source>Search…</source>
            <translation type="unfinished">Cari…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="126" />
            <source>Any status</source>
            <translation type="unfinished">Semua status</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="128" />
            <source>Drafts</source>
            <translation type="unfinished">Draf</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="129" />
            <source>Final</source>
            <translation type="unfinished">Muktamad</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="130" />
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>Void</source>
            <translation type="unfinished">Tidak sah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="134" />
            <source>Since</source>
            <translation type="unfinished">Sejak</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>View</source>
            <translation type="unfinished">Lihat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="150" />
            <source>Edit as new revision</source>
            <translation type="unfinished">Sunting sebagai semakan baharu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="151" />
            <source>Finalise</source>
            <translation type="unfinished">Muktamadkan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="152" />
            <source>Void…</source>
            <translation type="unfinished">Isytihar tidak sah…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="177" />
            <source>Any form</source>
            <translation type="unfinished">Semua borang</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="178" />
            <source>Any user</source>
            <translation type="unfinished">Semua pengguna</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/pages/records.py" line="211" />
            <source>%n record(s) match.</source>
            <translation type="unfinished">
                <numerusform>%n rekod sepadan.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">Rekod yang tidak sah tidak boleh disunting.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="247" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">Rekod {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Not done</source>
            <translation type="unfinished">Tidak dilakukan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="240" />
            <source>Record {record} is final now.</source>
            <translation type="unfinished">Rekod {record} kini muktamad.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="257" />
            <source>Record {record} is void now.</source>
            <translation type="unfinished">Rekod {record} kini tidak sah.</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="258" />
            <source>The vault folder</source>
            <translation type="unfinished">Folder peti besi</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="265" />
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
            <location filename="../../src/lintas/gui/entry/review.py" line="48" />
            <source>Finalise interview</source>
            <translation type="unfinished">Muktamadkan temu bual</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="69" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>Ada %n masalah yang perlu dibetulkan sebelum temu bual ini dimuktamadkan.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="76" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">Tiada masalah. Semak amaran: memuktamadkan menyimpan teks seadanya.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="79" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">Tiada masalah. Temu bual boleh dimuktamadkan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">Saya telah menyemak jawapan yang ditanda: tiada nama, nombor atau alamat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="100" />
            <source>Fix the problems listed above first.</source>
            <translation type="unfinished">Betulkan dahulu masalah yang disenaraikan di atas.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="102" />
            <source>Look at the warnings above and tick the box under them first.</source>
            <translation type="unfinished">Semak dahulu amaran di atas dan tandakan kotak di bawahnya.</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>Send to other offices</source>
            <translation type="unfinished">Hantar kepada pejabat lain</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>&amp;Send</source>
            <translation type="unfinished">&amp;Hantar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="127" />
            <source>&amp;Offices to send to:</source>
            <translation type="unfinished">Pejabat &amp;tujuan:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="133" />
            <source>Every final and void record that the chosen offices do not hold yet goes into one encrypted bundle. Drafts never leave this vault.</source>
            <translation type="unfinished">Setiap rekod muktamad dan tidak sah yang belum dipegang oleh pejabat terpilih dimasukkan ke dalam satu pakej data tersulit. Draf tidak pernah keluar dari peti besi ini.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="140" />
            <source>Save the &amp;bundle as:</source>
            <translation type="unfinished">&amp;Simpan pakej data sebagai:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="142" />
            <source>Save the bundle as</source>
            <translation type="unfinished">Simpan pakej data sebagai</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="153" />
            <source>S&amp;plit into parts for e-mail, each at most</source>
            <translation type="unfinished">&amp;Bahagikan kepada beberapa bahagian untuk e-mel, setiap satu paling besar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="177" />
            <source>{office}: {count} records to send</source>
            <translation type="unfinished">{office}: {count} rekod untuk dihantar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="187" />
            <source>No office is trusted yet. Trust its card first under Office → Peers.</source>
            <translation type="unfinished">Belum ada pejabat yang dipercayai. Percayai kadnya dahulu di Pejabat → Pejabat rakan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="206" />
            <source>Tick at least one office to send to (Space ticks the one selected).</source>
            <translation type="unfinished">Tandakan sekurang-kurangnya satu pejabat tujuan (Space menandakan yang dipilih).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="208" />
            <source>Say where to save the bundle.</source>
            <translation type="unfinished">Nyatakan tempat untuk menyimpan pakej data.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="210" />
            <source>The folder {path} does not exist.</source>
            <translation type="unfinished">Folder {path} tidak wujud.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="214" />
            <source>{path} exists already. Choose another name.</source>
            <translation type="unfinished">{path} sudah wujud. Pilih nama lain.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="219" />
            <source>Packing and encrypting the records…</source>
            <translation type="unfinished">Membungkus dan menyulitkan rekod…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="227" />
            <source>Sending</source>
            <translation type="unfinished">Menghantar</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="22" />
            <source>Too short</source>
            <translation type="unfinished">Terlalu pendek</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="23" />
            <source>Weak</source>
            <translation type="unfinished">Lemah</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="24" />
            <source>Fair</source>
            <translation type="unfinished">Sederhana</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="25" />
            <source>Good</source>
            <translation type="unfinished">Baik</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="26" />
            <source>Strong</source>
            <translation type="unfinished">Kuat</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="19" />
            <source>an e-mail address</source>
            <translation type="unfinished">alamat e-mel</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="20" />
            <source>a web address</source>
            <translation type="unfinished">alamat web</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="21" />
            <source>an ID card number</source>
            <translation type="unfinished">nombor kad pengenalan</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="22" />
            <source>a passport number</source>
            <translation type="unfinished">nombor pasport</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="23" />
            <source>a phone number</source>
            <translation type="unfinished">nombor telefon</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="24" />
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">nombor panjang (nombor pengenalan atau nombor akaun)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="37" />
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">Jawapan ini nampaknya mengandungi {kinds}. Lintas tidak boleh menyimpannya: tekan Sunting keluar, atau ubah jawapan.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="45" />
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">Teks Myanmar ini ditaip dalam Zawgyi: {button} menukarkannya kepada Unicode.</translation>
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
            <translation type="unfinished">{items} dan {last}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="68" />
            <source>Redact</source>
            <translation type="unfinished">Sunting keluar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="69" />
            <source>Convert to Unicode</source>
            <translation type="unfinished">Tukar kepada Unicode</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="99" />
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="107" />
            <source>Working…</source>
            <translation type="unfinished">Sedang berfungsi…</translation>
        </message>
    </context>
    <context>
        <name>TrustCardDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="54" />
            <source>Trust an office</source>
            <translation type="unfinished">Percayai pejabat</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="56" />
            <source>Office: {office}</source>
            <translation type="unfinished">Pejabat: {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="58" />
            <source>Country: {country}</source>
            <translation type="unfinished">Negara: {country}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="59" />
            <source>Card made: {date}</source>
            <translation type="unfinished">Kad dibuat: {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="61" />
            <source>Fingerprint on this card:</source>
            <translation type="unfinished">Cap jari pada kad ini:</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="65" />
            <source>Call the office, or meet, and ask them to read their fingerprint to you. Trust the card only if every group is the same: a card can be swapped on the way, the fingerprint cannot.</source>
            <translation type="unfinished">Telefon pejabat itu, atau bersemuka, dan minta mereka membacakan cap jari mereka. Percayai kad hanya jika setiap kumpulan sama: kad boleh ditukar dalam perjalanan, cap jari tidak boleh.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="72" />
            <source>The office read me this same fingerprint</source>
            <translation type="unfinished">Pejabat itu membacakan cap jari yang sama ini kepada saya</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="76" />
            <source>Do not trust</source>
            <translation type="unfinished">Jangan percayai</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="77" />
            <source>Trust this office</source>
            <translation type="unfinished">Percayai pejabat ini</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="97" />
            <source>Vault: {path}</source>
            <translation type="unfinished">Peti besi: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="135" />
            <source>Pick your user name.</source>
            <translation type="unfinished">Pilih nama pengguna anda.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="165" />
            <source>Stopped waiting: nothing was tried.</source>
            <translation type="unfinished">Berhenti menunggu: tiada apa-apa yang dicuba.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="182" />
            <source>Lintas tries in {seconds} s, because of wrong passphrases typed for this user. Press Escape to stop waiting.</source>
            <translation type="unfinished">Lintas mencuba dalam {seconds} saat, kerana frasa laluan yang salah ditaip untuk pengguna ini. Tekan Esc untuk berhenti menunggu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="187" />
            <source>Because of wrong passphrases, the next try for this user can start in {seconds} s.</source>
            <translation type="unfinished">Kerana frasa laluan salah, cubaan seterusnya untuk pengguna ini boleh bermula dalam {seconds} saat.</translation>
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
            <location filename="../../ui/unlock.ui" line="73" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">Terlupa frasa laluan…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="78" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="83" />
            <source>Unlock</source>
            <translation type="unfinished">Buka kunci</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="44" />
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
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Enumerator</source>
            <translation type="unfinished">Pembanci</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Supervisor</source>
            <translation type="unfinished">Penyelia</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="111" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">Pilih pengguna yang hendak dibuang dahulu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="76" />
            <source>Only a supervisor can add or remove users.</source>
            <translation type="unfinished">Hanya penyelia boleh menambah atau membuang pengguna.</translation>
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
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="33" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">Nyatakan sebab rekod diisytiharkan tidak sah, secara ringkas.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="21" />
            <source>Redact</source>
            <translation type="unfinished">Sunting keluar</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="38" />
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
            <location filename="../../ui/void_reason.ui" line="49" />
            <source>Cancel</source>
            <translation type="unfinished">Batal</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="54" />
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
    <context>
        <name>BackupDialog</name>
        <message>
            <source>&amp;Back up</source>
            <translation type="unfinished">&amp;Sandarkan</translation>
        </message>
        <message>
            <source>A backup is an encrypted copy of the whole vault, in a new folder. It opens with the same passphrases and recovery key. Keep it on a USB stick or another disk, away from this computer.</source>
            <translation type="unfinished">Sandaran ialah salinan tersulit bagi seluruh peti besi, dalam folder baharu. Ia dibuka dengan frasa laluan dan kunci pemulihan yang sama. Simpan di USB atau cakera lain, jauh dari komputer ini.</translation>
        </message>
        <message>
            <source>Back up the vault</source>
            <translation type="unfinished">Sandarkan peti besi</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation type="unfinished">Menyandarkan</translation>
        </message>
        <message>
            <source>Backup cancelled. No copy was left.</source>
            <translation type="unfinished">Sandaran dibatalkan. Tiada salinan yang tertinggal.</translation>
        </message>
        <message>
            <source>Copying the vault…</source>
            <translation type="unfinished">Menyalin peti besi…</translation>
        </message>
        <message>
            <source>Save the backup &amp;as (a new folder):</source>
            <translation type="unfinished">Simpan sandaran seb&amp;agai (folder baharu):</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation type="unfinished">Simpan sandaran sebagai</translation>
        </message>
        <message>
            <source>Say where to save the backup.</source>
            <translation type="unfinished">Nyatakan tempat untuk menyimpan sandaran.</translation>
        </message>
        <message>
            <source>The backup is saved in {path}. It opens with the same passphrases and recovery key.</source>
            <translation type="unfinished">Sandaran disimpan dalam {path}. Ia dibuka dengan frasa laluan dan kunci pemulihan yang sama.</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new folder name.</source>
            <translation type="unfinished">{path} sudah wujud. Pilih nama folder baharu.</translation>
        </message>
        <message>
            <source>&amp;Remind on Home after this many days without a backup (0: never):</source>
            <translation type="unfinished">&amp;Ingatkan di Laman Utama selepas sekian hari tanpa sandaran (0: tidak pernah):</translation>
        </message>
        <message>
            <source>Only a supervisor can change the backup reminder.</source>
            <translation type="unfinished">Hanya penyelia boleh menukar peringatan sandaran.</translation>
        </message>
        <message>
            <source>Sa&amp;ve the reminder</source>
            <translation type="unfinished">Simpan peringatan (&amp;V)</translation>
        </message>
        <message>
            <source>The backup reminder is off.</source>
            <translation type="unfinished">Peringatan sandaran dimatikan.</translation>
        </message>
        <message>
            <source>The backup reminder is saved for every user of this vault.</source>
            <translation type="unfinished">Peringatan sandaran disimpan untuk setiap pengguna peti besi ini.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Backup folder:</source>
            <translation type="unfinished">Folder &amp;sandaran:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">&amp;Pulihkan</translation>
        </message>
        <message>
            <source>&amp;Unlock the restored vault…</source>
            <translation type="unfinished">B&amp;uka kunci peti besi yang dipulihkan…</translation>
        </message>
        <message>
            <source>A restore copies a backup into a new folder, where it is then unlocked. It never writes over a vault: the vault in use stays as it is. Unlock the restored vault with the passphrases or recovery key of the backup.</source>
            <translation type="unfinished">Pemulihan menyalin sandaran ke dalam folder baharu, lalu dibuka kuncinya di sana. Ia tidak pernah menulis ganti peti besi: peti besi yang sedang digunakan kekal seperti asal. Buka kunci peti besi yang dipulihkan dengan frasa laluan atau kunci pemulihan sandaran itu.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation type="unfinished">Pilih folder sandaran</translation>
        </message>
        <message>
            <source>Choose the backup folder (Choose… or type its path).</source>
            <translation type="unfinished">Pilih folder sandaran (Pilih… atau taip laluannya).</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation type="unfinished">Menyalin sandaran…</translation>
        </message>
        <message>
            <source>Restore &amp;into (a new folder):</source>
            <translation type="unfinished">Pul&amp;ihkan ke dalam (folder baharu):</translation>
        </message>
        <message>
            <source>Restore cancelled. Nothing was copied.</source>
            <translation type="unfinished">Pemulihan dibatalkan. Tiada apa-apa yang disalin.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished">Pulihkan daripada sandaran</translation>
        </message>
        <message>
            <source>Restore into</source>
            <translation type="unfinished">Pulihkan ke dalam</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation type="unfinished">Memulihkan</translation>
        </message>
        <message>
            <source>Say which new folder the backup is restored into.</source>
            <translation type="unfinished">Nyatakan folder baharu tempat sandaran dipulihkan.</translation>
        </message>
        <message>
            <source>The backup is restored in {path}. Unlock it with the passphrase or recovery key of the backup; the vault in use was not changed.</source>
            <translation type="unfinished">Sandaran dipulihkan dalam {path}. Buka kuncinya dengan frasa laluan atau kunci pemulihan sandaran itu; peti besi yang sedang digunakan tidak diubah.</translation>
        </message>
        <message>
            <source>{path} exists already. A restore never writes over it: choose a new folder name.</source>
            <translation type="unfinished">{path} sudah wujud. Pemulihan tidak pernah menulis gantinya: pilih nama folder baharu.</translation>
        </message>
        <message>
            <source>{path} is the vault in use. A restore never writes over a vault: choose a new folder.</source>
            <translation type="unfinished">{path} ialah peti besi yang sedang digunakan. Pemulihan tidak pernah menulis ganti peti besi: pilih folder baharu.</translation>
        </message>
    </context>
    <context>
        <name>FormVersionsDialog</name>
        <message>
            <source>By</source>
            <translation type="unfinished">Oleh</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Tutup</translation>
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished">Semasa</translation>
        </message>
        <message>
            <source>current version</source>
            <translation type="unfinished">versi semasa</translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished">Borang</translation>
        </message>
        <message>
            <source>Forms and versions</source>
            <translation type="unfinished">Borang dan versi</translation>
        </message>
        <message>
            <source>Forms installed: {forms}. Versions: {versions}.</source>
            <translation type="unfinished">Borang dipasang: {forms}. Versi: {versions}.</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished">Dipasang</translation>
        </message>
        <message>
            <source>New interviews use each form's current version (the one installed last). Older versions stay installed, so that their records still open with the form they were answered with.</source>
            <translation type="unfinished">Temu bual baharu menggunakan versi semasa setiap borang (yang terakhir dipasang). Versi lama kekal dipasang, supaya rekodnya masih dibuka dengan borang yang digunakan semasa menjawab.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">Rekod</translation>
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">Versi</translation>
        </message>
    </context>
</TS>
