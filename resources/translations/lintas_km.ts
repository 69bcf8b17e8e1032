<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
    <context>
        <name>AutoLockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="168" />
            <source>The longest delay for this vault is {minutes} minutes, set by a supervisor. You can choose a shorter one.</source>
            <translation type="unfinished">រយៈពេលយូរបំផុតសម្រាប់ឃ្លាំងនេះគឺ {minutes} នាទី ដែលកំណត់ដោយអ្នកគ្រប់គ្រង។ អ្នកអាចជ្រើសរយៈពេលខ្លីជាងនេះ។</translation>
        </message>
    </context>
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished">ចាក់សោស្វ័យប្រវត្តិ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished">បន្ទាប់ពីចំនួននាទីនេះ ដោយគ្មានការចុចគ្រាប់ចុច ឬចុចកណ្ដុរ Lintas បិទឃ្លាំងទិន្នន័យ ហើយសួររកពាក្យសម្ងាត់ម្ដងទៀត។ បទសម្ភាសន៍ដែលកំពុងធ្វើ នៅរក្សាទុក។</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished">ចាក់សោពេលទំនេរ៖</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished">នាទី៖</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="82" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="87" />
            <source>Save</source>
            <translation type="unfinished">រក្សាទុក</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="47" />
            <source>Longest for every user (minutes):</source>
            <translation type="unfinished">យូរបំផុតសម្រាប់អ្នកប្រើគ្រប់រូប (នាទី)៖</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="55" />
            <source>No limit</source>
            <translation type="unfinished">គ្មានកំណត់</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished">មិនទាន់មានកំណត់ត្រា</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished">អ្នកប្រើ៖ {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ថ្មីទាំងពីរមិនដូចគ្នា។ វាយម្ដងទៀត។</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished">ប្ដូរពាក្យសម្ងាត់</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់បច្ចុប្បន្ន៖</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ថ្មី៖</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ថ្មីម្ដងទៀត៖</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished">កម្លាំង៖</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="317" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">ជ្រើសរើសមួយពីបញ្ជី។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="260" />
            <source>No choice matches.</source>
            <translation type="unfinished">គ្មានជម្រើសណាត្រូវគ្នាទេ។</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="72" />
            <source>Conflicts</source>
            <translation type="unfinished">ជម្លោះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="75" />
            <source>Records that arrived with other content</source>
            <translation type="unfinished">កំណត់ត្រាដែលមកដល់ជាមួយខ្លឹមសារផ្សេង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="80" />
            <source>The same revision of a record reads differently here and at another office. Nothing was overwritten. Compare the two and keep one: the other stays in the record's history.</source>
            <translation type="unfinished">កំណែដដែលនៃកំណត់ត្រាមួយ មានខ្លឹមសារខុសគ្នានៅទីនេះ និងនៅការិយាល័យមួយទៀត។ គ្មានអ្វីត្រូវបានសរសេរជាន់ទេ។ ប្រៀបធៀបទាំងពីរ ហើយរក្សាទុកមួយ៖ មួយទៀតនៅក្នុងប្រវត្តិកំណត់ត្រា។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Record</source>
            <translation type="unfinished">កំណត់ត្រា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>From</source>
            <translation type="unfinished">ពី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Found on</source>
            <translation type="unfinished">រកឃើញនៅ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="146" />
            <source>Question</source>
            <translation type="unfinished">សំណួរ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Here</source>
            <translation type="unfinished">នៅទីនេះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Incoming</source>
            <translation type="unfinished">ដែលចូលមក</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="102" />
            <source>Keep the version &amp;here</source>
            <translation type="unfinished">រក្សាកំណែនៅទីនេះ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="103" />
            <source>Keep the &amp;incoming version</source>
            <translation type="unfinished">រក្សាកំណែដែលចូលមក(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="104" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="131" />
            <source>No conflicts wait.</source>
            <translation type="unfinished">គ្មានជម្លោះកំពុងរង់ចាំទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="147" />
            <source>Here (revision {number}, {date})</source>
            <translation type="unfinished">នៅទីនេះ (កំណែ {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="150" />
            <source>From {office} (revision {number}, {date})</source>
            <translation type="unfinished">ពី {office} (កំណែ {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="157" />
            <source>Status</source>
            <translation type="unfinished">ស្ថានភាព</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="172" />
            <source>Record {uuid}. Answers that differ (marked): {count}</source>
            <translation type="unfinished">កំណត់ត្រា {uuid}។ ចម្លើយដែលខុសគ្នា (បានសម្គាល់)៖ {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="189" />
            <source>Kept the version here for record {uuid}.</source>
            <translation type="unfinished">បានរក្សាកំណែនៅទីនេះសម្រាប់កំណត់ត្រា {uuid}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="191" />
            <source>Kept the incoming version for record {uuid}, as a new revision.</source>
            <translation type="unfinished">បានរក្សាកំណែដែលចូលមកសម្រាប់កំណត់ត្រា {uuid} ជាកំណែថ្មី។</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="34" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">ថតសម្រាប់ឃ្លាំងថ្មី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">ជ្រើសកន្លែងទុកឃ្លាំង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">មានអ្វីមួយនៅទីនោះរួចហើយ។ ជ្រើសឈ្មោះថតថ្មី។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the office name.</source>
            <translation type="unfinished">វាយឈ្មោះការិយាល័យ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">វាយឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="50" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នា។ វាយម្ដងទៀត។</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished">បង្កើតឃ្លាំងថ្មី</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished">អ្នកប្រើដំបូងគឺអ្នកគ្រប់គ្រងការិយាល័យ។ ជ្រើសពាក្យសម្ងាត់វែង៖ ពាក្យច្រើនដែលមិនទាក់ទងគ្នា ងាយចាំ និងពិបាកទាយ។</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">ឯកសារឃ្លាំង៖</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">ជ្រើស…</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished">ឈ្មោះការិយាល័យ៖</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished">ឈ្មោះអ្នកប្រើរបស់អ្នកគ្រប់គ្រង៖</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់៖</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ម្ដងទៀត៖</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">កម្លាំង៖</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished">បង្កើតឃ្លាំង</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="179" />
            <source>Add another: {name}</source>
            <translation type="unfinished">បន្ថែមមួយទៀត៖ {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="228" />
            <location filename="../../src/lintas/gui/entry/view.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished">ដកចេញ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="316" />
            <source>More questions</source>
            <translation type="unfinished">សំណួរបន្ថែម</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="92" />
            <source>Review and finalise</source>
            <translation type="unfinished">ពិនិត្យ និងបញ្ចប់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="98" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">រក្សាទុកសេចក្ដីព្រាង (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="102" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">ពិនិត្យ (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="231" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">ដក {address} និងចម្លើយទាំងអស់របស់វាចេញឬ?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="314" />
            <source>Saved at {time}</source>
            <translation type="unfinished">បានរក្សាទុកនៅ {time}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="24" />
            <source>&amp;Send to…</source>
            <translation type="unfinished">ផ្ញើទៅ…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="27" />
            <source>&amp;Receive bundle…</source>
            <translation type="unfinished">ទទួលកញ្ចប់ទិន្នន័យ…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="30" />
            <source>Recei&amp;pts…</source>
            <translation type="unfinished">បង្កាន់ដៃ…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="31" />
            <source>P&amp;eers…</source>
            <translation type="unfinished">ការិយាល័យដៃគូ…(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="34" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished">ជម្លោះ…(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="17" />
            <source>Bundle {number} for {office} is saved to {path}.</source>
            <translation type="unfinished">កញ្ចប់ទិន្នន័យទី {number} សម្រាប់ {office} ត្រូវបានរក្សាទុកនៅ {path}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="23" />
            <location filename="../../src/lintas/gui/exchange/texts.py" line="122" />
            <source>Records in it: {count}</source>
            <translation type="unfinished">កំណត់ត្រាក្នុងនោះ៖ {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="30" />
            <source>It is split into {count} parts for e-mail: {names}. Send every part; the office receives them in any order, and nothing is imported until all are there.</source>
            <translation type="unfinished">វាត្រូវបានបំបែកជា {count} ផ្នែកសម្រាប់អ៊ីមែល៖ {names}។ ផ្ញើគ្រប់ផ្នែក ការិយាល័យទទួលវាតាមលំដាប់ណាក៏បាន ហើយគ្មានអ្វីត្រូវនាំចូលរហូតដល់មានគ្រប់ផ្នែក។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="40" />
            <source>They hold every record already; the bundle only carries news of revoked offices.</source>
            <translation type="unfinished">ពួកគេមានកំណត់ត្រាទាំងអស់រួចហើយ កញ្ចប់នេះមានតែព័ត៌មានអំពីការិយាល័យដែលត្រូវបានដកហូត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="46" />
            <source>Take the file to them on a USB stick or send it by e-mail: only they can open it. When their receipt comes back, open it with Office → Receive bundle.</source>
            <translation type="unfinished">យកឯកសារទៅឲ្យពួកគេតាម USB ឬផ្ញើតាមអ៊ីមែល៖ មានតែពួកគេទេដែលអាចបើកវាបាន។ ពេលបង្កាន់ដៃរបស់ពួកគេត្រឡប់មកវិញ សូមបើកវាដោយ ការិយាល័យ → ទទួលកញ្ចប់ទិន្នន័យ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="60" />
            <source>This vault already uses the regional key {key} of {office}.</source>
            <translation type="unfinished">ឃ្លាំងនេះប្រើសោតំបន់ {key} របស់ {office} រួចហើយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="67" />
            <source>This vault now uses the regional key {key} of {office}. Pseudonyms made from now on match those of the other offices that use it.</source>
            <translation type="unfinished">ឥឡូវឃ្លាំងនេះប្រើសោតំបន់ {key} របស់ {office}។ ឈ្មោះក្លែងដែលបង្កើតចាប់ពីពេលនេះត្រូវគ្នានឹងរបស់ការិយាល័យផ្សេងដែលប្រើវា។</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="77" />
            <source>It replaced the key {key}: the %n pseudonyms made under that key will not match those made from now on.</source>
            <translation type="unfinished">
                <numerusform>វាបានជំនួសសោ {key}៖ ឈ្មោះក្លែង %n ដែលបង្កើតដោយសោនោះនឹងមិនត្រូវគ្នានឹងអ្វីដែលបង្កើតចាប់ពីពេលនេះទេ។</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="94" />
            <source>This receipt from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">បង្កាន់ដៃនេះពី {office} បានទទួលរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="99" />
            <source>{office} confirms that it holds {count} records sent from here.</source>
            <translation type="unfinished">{office} បញ្ជាក់ថាខ្លួនមានកំណត់ត្រា {count} ដែលផ្ញើពីទីនេះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="107" />
            <source>Bundle {number} from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">កញ្ចប់ទិន្នន័យទី {number} ពី {office} បានទទួលរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="116" />
            <source>Bundle {number} from {office} arrived.</source>
            <translation type="unfinished">កញ្ចប់ទិន្នន័យទី {number} ពី {office} បានមកដល់។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="125" />
            <source>New here: {count}</source>
            <translation type="unfinished">ថ្មីនៅទីនេះ៖ {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="127" />
            <source>Newer revisions of records held here: {count}</source>
            <translation type="unfinished">កំណែថ្មីជាងនៃកំណត់ត្រាដែលមាននៅទីនេះ៖ {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="133" />
            <source>Already here, unchanged: {count}</source>
            <translation type="unfinished">មាននៅទីនេះរួចហើយ មិនផ្លាស់ប្ដូរ៖ {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="139" />
            <source>In conflict: {count}. These came with other content than the same revision here. Nothing was overwritten: choose which to keep under Office → Conflicts.</source>
            <translation type="unfinished">ជម្លោះ៖ {count}។ ទាំងនេះមកជាមួយខ្លឹមសារខុសពីកំណែដដែលនៅទីនេះ។ គ្មានអ្វីត្រូវបានសរសេរជាន់ទេ៖ ជ្រើសរើសមួយដែលត្រូវរក្សាទុកនៅ ការិយាល័យ → ជម្លោះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="147" />
            <source>No conflicts.</source>
            <translation type="unfinished">គ្មានជម្លោះទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="151" />
            <source>Bundles from {office} that have not arrived yet: {numbers}.</source>
            <translation type="unfinished">កញ្ចប់ទិន្នន័យពី {office} ដែលមិនទាន់មកដល់៖ {numbers}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="159" />
            <source>Warning: {text}</source>
            <translation type="unfinished">ការព្រមាន៖ {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="165" />
            <source>A receipt for {office} is saved to {path}. Send it back so that they know what arrived.</source>
            <translation type="unfinished">បង្កាន់ដៃសម្រាប់ {office} ត្រូវបានរក្សាទុកនៅ {path}។ ផ្ញើវាត្រឡប់ទៅវិញ ដើម្បីឲ្យពួកគេដឹងថាអ្វីបានមកដល់។</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="179" />
            <source>Nothing was changed. This vault already made %n pseudonyms under its regional key {old}. The key {new} of {office} would replace it, and pseudonyms made under one key never match those made under another. Keep the current key, unless the hub says that every office changes to its key: then choose Replace the regional key anyway.</source>
            <translation type="unfinished">
                <numerusform>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ ឃ្លាំងនេះបានបង្កើតឈ្មោះក្លែង %n រួចហើយ ដោយសោតំបន់ {old}។ សោ {new} របស់ {office} នឹងជំនួសវា ហើយឈ្មោះក្លែងដែលបង្កើតដោយសោមួយ មិនដែលត្រូវគ្នានឹងឈ្មោះក្លែងដែលបង្កើតដោយសោមួយទៀតទេ។ រក្សាសោបច្ចុប្បន្ន លុះត្រាតែមជ្ឈមណ្ឌលប្រាប់ថា គ្រប់ការិយាល័យប្តូរទៅប្រើសោរបស់វា៖ ពេលនោះ ជ្រើស ជំនួសសោតំបន់ទោះយ៉ាងណាក៏ដោយ។</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="198" />
            <source>The file was refused. Nothing was imported: this vault is unchanged.</source>
            <translation type="unfinished">ឯកសារត្រូវបានបដិសេធ។ គ្មានអ្វីត្រូវបាននាំចូលទេ៖ ឃ្លាំងនេះមិនផ្លាស់ប្ដូរ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="202" />
            <source>Reason: {text}</source>
            <translation type="unfinished">មូលហេតុ៖ {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="205" />
            <source>Ask the sender for a fresh copy, and check that it was made for this office.</source>
            <translation type="unfinished">សុំច្បាប់ចម្លងថ្មីពីអ្នកផ្ញើ ហើយពិនិត្យថាវាត្រូវបានធ្វើសម្រាប់ការិយាល័យនេះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="214" />
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished">បានបោះបង់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="49" />
            <source>Internal: every answer except identifiers, for this office</source>
            <translation type="unfinished">ផ្ទៃក្នុង៖ គ្រប់ចម្លើយ លើកលែងព័ត៌មានសម្គាល់អត្តសញ្ញាណ សម្រាប់ការិយាល័យនេះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="50" />
            <source>Restricted: for licensed researchers, recoded and checked</source>
            <translation type="unfinished">មានកម្រិត៖ សម្រាប់អ្នកស្រាវជ្រាវមានអាជ្ញាប័ណ្ណ កែកូដ និងពិនិត្យរួច</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="51" />
            <source>Public: tables and a few coarse variables, for anyone</source>
            <translation type="unfinished">សាធារណៈ៖ តារាង និងអថេរទូទៅមួយចំនួន សម្រាប់អ្នកគ្រប់គ្នា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="56" />
            <source>Final interviews only</source>
            <translation type="unfinished">តែការសម្ភាសចុងក្រោយប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="57" />
            <source>All interviews (drafts, final and void)</source>
            <translation type="unfinished">ការសម្ភាសទាំងអស់ (សេចក្ដីព្រាង ចុងក្រោយ និងមោឃៈ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="58" />
            <source>Drafts only</source>
            <translation type="unfinished">តែសេចក្ដីព្រាងប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="59" />
            <source>Void records only</source>
            <translation type="unfinished">តែកំណត់ត្រាមោឃៈប៉ុណ្ណោះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="64" />
            <source>Excel workbook (.xlsx), the standard Lintas workbook</source>
            <translation type="unfinished">សៀវភៅការងារ Excel (.xlsx) សៀវភៅការងារស្តង់ដាររបស់ Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="65" />
            <source>SPSS (.sav files in a .zip)</source>
            <translation type="unfinished">SPSS (ឯកសារ .sav ក្នុង .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="66" />
            <source>Stata (.dta files in a .zip)</source>
            <translation type="unfinished">Stata (ឯកសារ .dta ក្នុង .zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="67" />
            <source>CSV (UTF-8 files in a .zip, for R and Python)</source>
            <translation type="unfinished">CSV (ឯកសារ UTF-8 ក្នុង .zip សម្រាប់ R និង Python)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="76" />
            <source>Save as &amp;named export…</source>
            <translation type="unfinished">រក្សាទុកជាការនាំចេញមានឈ្មោះ(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="80" />
            <source>Chec&amp;k what this level keeps</source>
            <translation type="unfinished">ពិនិត្យអ្វីដែលកម្រិតនេះរក្សាទុក(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="106" />
            <source>Codes (as stored)</source>
            <translation type="unfinished">កូដ (ដូចដែលបានរក្សាទុក)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="109" />
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="207" />
            <source>Install a form first.</source>
            <translation type="unfinished">ដំឡើងទម្រង់ជាមុនសិន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="154" />
            <source>Everything the office holds, without identifier questions (names, document numbers). Keep it inside the office.</source>
            <translation type="unfinished">អ្វីៗទាំងអស់ដែលការិយាល័យមាន ដោយគ្មានសំណួរសម្គាល់អត្តសញ្ញាណ (ឈ្មោះ លេខឯកសារ)។ ទុកវានៅក្នុងការិយាល័យ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="158" />
            <source>Only the declared variables, recoded so that no person can be picked out.</source>
            <translation type="unfinished">តែអថេរដែលបានប្រកាស កែកូដរួច ដើម្បីកុំឱ្យគេស្គាល់បុគ្គលណាម្នាក់បាន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="160" />
            <source>The standard tables and sex, age band, citizenship and flow type.</source>
            <translation type="unfinished">តារាងស្តង់ដារ និងភេទ ក្រុមអាយុ សញ្ជាតិ និងប្រភេទលំហូរ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">សៀវភៅការងារ Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Zip (*.zip)</source>
            <translation type="unfinished">ឯកសារ Zip (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="194" />
            <source>Export to</source>
            <translation type="unfinished">នាំចេញទៅ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="210" />
            <source>Choose where to save the file.</source>
            <translation type="unfinished">ជ្រើសកន្លែងរក្សាទុកឯកសារ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="213" />
            <source>The folder {folder} does not exist. Choose another.</source>
            <translation type="unfinished">គ្មានថត {folder} ទេ។ ជ្រើសថតផ្សេង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="217" />
            <source>The file name must end in {suffix} for this format.</source>
            <translation type="unfinished">ឈ្មោះឯកសារត្រូវបញ្ចប់ដោយ {suffix} សម្រាប់ទម្រង់ឯកសារនេះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="221" />
            <source>The two passwords are not the same. Type them again.</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នា។ វាយម្ដងទៀត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="223" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">កាលបរិច្ឆេទដំបូងនៅក្រោយកាលបរិច្ឆេទចុងក្រោយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="239" />
            <source>Exporting…</source>
            <translation type="unfinished">កំពុងនាំចេញ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="251" />
            <source>Replace the file?</source>
            <translation type="unfinished">ជំនួសឯកសារឬ?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="252" />
            <source>{file} is already there. Replace it?</source>
            <translation type="unfinished">មាន {file} រួចហើយ។ ជំនួសវាឬ?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="269" />
            <source>Stopping…</source>
            <translation type="unfinished">កំពុងបញ្ឈប់…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="282" />
            <source>Exported {count} interviews of {form} ({level} level).</source>
            <translation type="unfinished">បាននាំចេញការសម្ភាស {count} នៃ {form} (កម្រិត{level})។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="285" />
            <source>The file is {path}</source>
            <translation type="unfinished">ឯកសារនៅ {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="290" />
            <source>It has a password: give the password to the ministry another way.</source>
            <translation type="unfinished">វាមានពាក្យសម្ងាត់៖ ផ្ដល់ពាក្យសម្ងាត់ទៅក្រសួងតាមមធ្យោបាយផ្សេង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="293" />
            <source>The zip holds one file per sheet, a README and the codebook.</source>
            <translation type="unfinished">ឯកសារ zip មានឯកសារមួយក្នុងមួយសន្លឹក README និងសៀវភៅកូដ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="294" />
            <source>Checksum (SHA-256): {digest}</source>
            <translation type="unfinished">តម្លៃត្រួតពិនិត្យ (SHA-256)៖ {digest}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="303" />
            <source>Every combination of the identifying answers is shared by at least {k} interviews (the aim is {target}); {removed} interviews were left out to reach it.</source>
            <translation type="unfinished">គ្រប់បន្សំនៃចម្លើយដែលអាចសម្គាល់អត្តសញ្ញាណ មានការសម្ភាសយ៉ាងតិច {k} ដូចគ្នា (គោលដៅគឺ {target}); ការសម្ភាស {removed} ត្រូវបានដកចេញ ដើម្បីសម្រេចវា។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="315" />
            <source>The question that loses most, {name}, keeps {share} of its answers.</source>
            <translation type="unfinished">សំណួរដែលបាត់បង់ច្រើនបំផុតគឺ {name} នៅរក្សាចម្លើយ {share}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="325" />
            <source>Checking…</source>
            <translation type="unfinished">កំពុងពិនិត្យ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="348" />
            <source>{level} level: {count} interviews would be exported, with {columns} question columns.</source>
            <translation type="unfinished">កម្រិត{level}៖ នឹងនាំចេញការសម្ភាស {count} ជាមួយជួរឈរសំណួរ {columns}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="354" />
            <source>Not published at this level: {names}.</source>
            <translation type="unfinished">មិនផ្សព្វផ្សាយនៅកម្រិតនេះ៖ {names}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="371" />
            <source>Export cancelled. No file was written.</source>
            <translation type="unfinished">បានបញ្ឈប់ការនាំចេញ។ គ្មានឯកសារត្រូវបានសរសេរទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="406" />
            <source>Save as named export</source>
            <translation type="unfinished">រក្សាទុកជាការនាំចេញមានឈ្មោះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="407" />
            <source>Name (for example: Monthly to the Ministry of Labour):</source>
            <translation type="unfinished">ឈ្មោះ (ឧទាហរណ៍៖ ប្រចាំខែទៅក្រសួងការងារ)៖</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="428" />
            <source>Saved as '{name}'. The command line makes the same export with lintas export VAULT FILE --preset "{name}".</source>
            <translation type="unfinished">បានរក្សាទុកជា '{name}'។ បន្ទាត់ពាក្យបញ្ជាធ្វើការនាំចេញដូចគ្នាដោយ lintas export VAULT FILE --preset "{name}"។</translation>
        </message>
    </context>
    <context>
        <name>ExportForm</name>
        <message>
            <location filename="../../ui/export.ui" line="6" />
            <location filename="../../ui/export.ui" line="10" />
            <source>Export</source>
            <translation type="unfinished">នាំចេញ</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="16" />
            <source>Writes the interviews of one form to a file for the ministry or for analysis. Identifier questions are never exported.</source>
            <translation type="unfinished">សរសេរការសម្ភាសនៃទម្រង់មួយទៅក្នុងឯកសារ សម្រាប់ក្រសួង ឬការវិភាគ។ សំណួរសម្គាល់អត្តសញ្ញាណមិនដែលត្រូវបាននាំចេញទេ។</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="24" />
            <source>&amp;Form:</source>
            <translation type="unfinished">ទម្រង់(&amp;F)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="33" />
            <source>&amp;Level:</source>
            <translation type="unfinished">កម្រិត(&amp;L)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="48" />
            <source>La&amp;bels:</source>
            <translation type="unfinished">ស្លាក(&amp;B)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="57" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">តែកាលបរិច្ឆេទ(&amp;D)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="70" />
            <source>to</source>
            <translation type="unfinished">ដល់</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="89" />
            <source>&amp;Status:</source>
            <translation type="unfinished">ស្ថានភាព(&amp;S)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="98" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished">ទម្រង់ឯកសារ(&amp;R)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="107" />
            <source>&amp;Password:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់(&amp;P)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="114" />
            <source>Optional. Excel and LibreOffice will ask for it.</source>
            <translation type="unfinished">មិនចាំបាច់។ Excel និង LibreOffice នឹងសួររកវា។</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="119" />
            <source>Confir&amp;m password:</source>
            <translation type="unfinished">បញ្ជាក់ពាក្យសម្ងាត់(&amp;M)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="130" />
            <source>Save &amp;to:</source>
            <translation type="unfinished">រក្សាទុកទៅ(&amp;T)៖</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="141" />
            <source>Bro&amp;wse…</source>
            <translation type="unfinished">រកមើល(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="176" />
            <source>&amp;Export</source>
            <translation type="unfinished">នាំចេញ(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="182" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="188" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="180" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">លាក់ពេលវាយ ហើយមិនរក្សាទុកឡើយ៖ រក្សាទុកតែលេខកូដសម្គាល់អនាមិកប៉ុណ្ណោះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="195" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">ចម្លើយនេះមិនត្រូវបានអនុញ្ញាតនៅទីនេះទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="337" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">វាយកាលបរិច្ឆេទ និងម៉ោងជា {format}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="341" />
            <source>Type a number.</source>
            <translation type="unfinished">វាយលេខ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="288" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} ហាក់ជាឆ្នាំពុទ្ធសករាជ៖ ប្រើ {gregorian}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="354" />
            <source>OK</source>
            <translation type="unfinished">យល់ព្រម</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the recording</source>
            <translation type="unfinished">ចាក់សំឡេងថត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the video</source>
            <translation type="unfinished">ចាក់វីដេអូ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Opens {file} with this computer's player.</source>
            <translation type="unfinished">បើក {file} ដោយកម្មវិធីចាក់របស់កុំព្យូទ័រនេះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: no program for it is installed. The question's text is shown; read it to the respondent.</source>
            <translation type="unfinished">កុំព្យូទ័រនេះមិនអាចចាក់ {file} បានទេ៖ មិនមានកម្មវិធីសម្រាប់វាទេ។ អត្ថបទសំណួរនៅតែបង្ហាញ សូមអានវាឱ្យអ្នកឆ្លើយស្តាប់។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: it could not be copied to the temporary folder (the disk may be full). Free some disk space and try again; until then, read the question's text to the respondent.</source>
            <translation type="unfinished">កុំព្យូទ័រនេះមិនអាចចាក់ {file} បានទេ៖ មិនអាចចម្លងឯកសារទៅថតបណ្ដោះអាសន្នបានទេ (ថាសប្រហែលជាពេញ)។ សូមបង្កើនទំហំទំនេរលើថាស ហើយព្យាយាមម្ដងទៀត។ ក្នុងពេលនេះ សូមអានអត្ថបទសំណួរឱ្យអ្នកឆ្លើយស្ដាប់។</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45'N 100°30'E</source>
            <translation type="unfinished">រយៈទទឹង, រយៈបណ្តោយ: 13.75, 100.5 ឬ 13°45'N 100°30'E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by ';': 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">ចំណុចបំបែកដោយ ';': 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="44" />
            <source>Altitude (m)</source>
            <translation type="unfinished">រយៈកម្ពស់ (ម)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="45" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">ភាពត្រឹមត្រូវ (ម)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="73" />
            <source>optional</source>
            <translation type="unfinished">ស្រេចចិត្ត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="108" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">ក្រៅដែនកំណត់: រយៈទទឹង -90 ដល់ 90, រយៈបណ្តោយ -180 ដល់ 180, រយៈកម្ពស់ -11000 ដល់ 9000 ម, ភាពត្រឹមត្រូវ 0 ឬច្រើនជាងនេះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="122" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45'30"N 100°30'15"E.</source>
            <translation type="unfinished">វាយរយៈទទឹង និងរយៈបណ្តោយ ដូចជា 13.75, 100.5 ឬ 13°45'30"N 100°30'15"E។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="126" />
            <source>Type at least two points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">វាយយ៉ាងហោចណាស់ពីរចំណុច នីមួយៗជា រយៈទទឹង, រយៈបណ្តោយ បំបែកដោយ ';'។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="129" />
            <source>Type at least three different points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">វាយយ៉ាងហោចណាស់បីចំណុចខុសៗគ្នា នីមួយៗជា រយៈទទឹង, រយៈបណ្តោយ បំបែកដោយ ';'។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="47" />
            <source>Use this office's location</source>
            <translation type="unfinished">ប្រើទីតាំងរបស់ការិយាល័យនេះ</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="52" />
            <source>Working…</source>
            <translation type="unfinished">កំពុងធ្វើការ…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="53" />
            <source>&amp;Help</source>
            <translation type="unfinished">&amp;ជំនួយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="45" />
            <source>User guide</source>
            <translation type="unfinished">សៀវភៅណែនាំអ្នកប្រើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="46" />
            <source>Administrator guide</source>
            <translation type="unfinished">សៀវភៅណែនាំអ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="47" />
            <source>Installing Lintas</source>
            <translation type="unfinished">ការដំឡើង Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="64" />
            <source>Self-test…</source>
            <translation type="unfinished">តេស្តខ្លួនឯង…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="67" />
            <location filename="../../src/lintas/gui/help_menu.py" line="300" />
            <source>About Lintas</source>
            <translation type="unfinished">អំពី Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="128" />
            <source>This guide is missing from this install. Reinstall Lintas.</source>
            <translation type="unfinished">សៀវភៅណែនាំនេះមិនមានក្នុងការដំឡើងនេះទេ។ សូមដំឡើង Lintas ម្តងទៀត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="144" />
            <source>This link leads outside Lintas: {url}</source>
            <translation type="unfinished">តំណនេះនាំទៅក្រៅ Lintas៖ {url}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="155" />
            <source>Self-test</source>
            <translation type="unfinished">តេស្តខ្លួនឯង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="158" />
            <source>Checks this install on a throwaway vault in a temporary folder. Your own vault is not touched.</source>
            <translation type="unfinished">ពិនិត្យការដំឡើងនេះដោយប្រើឃ្លាំងសាកល្បងក្នុងថតបណ្តោះអាសន្ន។ ឃ្លាំងរបស់អ្នកមិនត្រូវបានប៉ះពាល់ទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="168" />
            <source>Step</source>
            <translation type="unfinished">ជំហាន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="169" />
            <source>Result</source>
            <translation type="unfinished">លទ្ធផល</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="170" />
            <source>Detail</source>
            <translation type="unfinished">ព័ត៌មានលម្អិត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="180" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="181" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="202" />
            <source>Running…</source>
            <translation type="unfinished">កំពុងដំណើរការ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="219" />
            <source>Stopping after the step that is running…</source>
            <translation type="unfinished">នឹងឈប់បន្ទាប់ពីជំហានដែលកំពុងដំណើរការ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="236" />
            <source>Running: {step}</source>
            <translation type="unfinished">កំពុងដំណើរការ៖ {step}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="241" />
            <source>OK</source>
            <translation type="unfinished">ល្អ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="242" />
            <source>Warning</source>
            <translation type="unfinished">ការព្រមាន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="243" />
            <source>Failed</source>
            <translation type="unfinished">បរាជ័យ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="244" />
            <source>Skipped</source>
            <translation type="unfinished">បានរំលង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="259" />
            <source>The self-test FAILED: {count} of {total} steps did not pass. Follow the advice in the Detail column.</source>
            <translation type="unfinished">តេស្តខ្លួនឯងបរាជ័យ៖ {count} ក្នុងចំណោម {total} ជំហានមិនបានឆ្លងកាត់។ សូមធ្វើតាមដំបូន្មានក្នុងជួរឈរព័ត៌មានលម្អិត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="267" />
            <source>The self-test passed, with {count} warning(s): read the Detail column.</source>
            <translation type="unfinished">តេស្តខ្លួនឯងបានឆ្លងកាត់ ដោយមានការព្រមាន {count}៖ សូមអានជួរឈរព័ត៌មានលម្អិត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="273" />
            <source>The self-test passed: all {total} steps.</source>
            <translation type="unfinished">តេស្តខ្លួនឯងបានឆ្លងកាត់៖ ទាំង {total} ជំហាន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="280" />
            <source>The self-test was stopped. Its temporary folder was removed.</source>
            <translation type="unfinished">តេស្តខ្លួនឯងត្រូវបានបញ្ឈប់។ ថតបណ្តោះអាសន្នរបស់វាត្រូវបានលុប។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="305" />
            <source>Offline, encrypted survey capture and exchange for migrant-worker statistics. Python {python}, Qt {qt}, {system}.</source>
            <translation type="unfinished">ការប្រមូល និងផ្លាស់ប្តូរទិន្នន័យអង្កេតក្រៅបណ្តាញ ដែលបានអ៊ិនគ្រីប សម្រាប់ស្ថិតិពលករចំណាកស្រុក។ Python {python}, Qt {qt}, {system}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="323" />
            <source>Component</source>
            <translation type="unfinished">សមាសភាគ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="324" />
            <source>Version</source>
            <translation type="unfinished">កំណែ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="325" />
            <source>Licence</source>
            <translation type="unfinished">អាជ្ញាប័ណ្ណ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="326" />
            <source>Used for</source>
            <translation type="unfinished">ប្រើសម្រាប់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="339" />
            <source>Libraries</source>
            <translation type="unfinished">បណ្ណាល័យ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="340" />
            <source>Fonts (Noto)</source>
            <translation type="unfinished">ពុម្ពអក្សរ (Noto)</translation>
        </message>
    </context>
    <context>
        <name>HistoryWarning</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="19" />
            <source>This vault is older than expected</source>
            <translation type="unfinished">ឃ្លាំងនេះចាស់ជាងការរំពឹងទុក</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="22" />
            <source>This vault is older than the copy this computer saw last time. Interviews saved since then may be missing: an older copy of the vault may have been put back, or its last entries removed.</source>
            <translation type="unfinished">ឃ្លាំងនេះចាស់ជាងច្បាប់ចម្លងដែលកុំព្យូទ័រនេះបានឃើញលើកចុងក្រោយ។ បទសម្ភាសន៍ដែលបានរក្សាទុកតាំងពីពេលនោះ អាចបាត់៖ ច្បាប់ចម្លងចាស់នៃឃ្លាំងប្រហែលជាត្រូវបានដាក់ត្រឡប់មកវិញ ឬធាតុចុងក្រោយរបស់វាត្រូវបានលុប។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="30" />
            <source>Before you add or change anything, find the newest copy of the vault (on another computer, a USB stick or a backup) and tell your supervisor. Lintas has written this warning into the vault's audit trail.</source>
            <translation type="unfinished">មុនពេលបន្ថែម ឬផ្លាស់ប្ដូរអ្វីមួយ សូមរកច្បាប់ចម្លងថ្មីបំផុតនៃឃ្លាំង (នៅលើកុំព្យូទ័រផ្សេង ឧបករណ៍ផ្ទុកចល័ត ឬការបម្រុងទុក) ហើយប្រាប់អ្នកគ្រប់គ្រងរបស់អ្នក។ Lintas បានសរសេរការព្រមាននេះទៅក្នុងកំណត់ត្រាសវនកម្មរបស់ឃ្លាំងហើយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="40" />
            <source>OK</source>
            <translation type="unfinished">យល់ព្រម</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Home</source>
            <translation type="unfinished">ទំព័រដើម</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="49" />
            <source>Interviews today</source>
            <translation type="unfinished">បទសម្ភាសន៍ថ្ងៃនេះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="50" />
            <source>This week</source>
            <translation type="unfinished">សប្ដាហ៍នេះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="51" />
            <source>In total</source>
            <translation type="unfinished">សរុប</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="52" />
            <source>Drafts waiting</source>
            <translation type="unfinished">សេចក្ដីព្រាងកំពុងរង់ចាំ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="57" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">តាមភេទ (៣០ ថ្ងៃចុងក្រោយ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="58" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">តាមសញ្ជាតិ (៣០ ថ្ងៃចុងក្រោយ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="59" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">តាមថ្ងៃ (១៤ ថ្ងៃចុងក្រោយ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="93" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">ការិយាល័យ៖ {office} · ចូលជា {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="105" />
            <source>Others</source>
            <translation type="unfinished">ផ្សេងៗ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">ចាប់ផ្ដើមបទសម្ភាសន៍ថ្មី</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished">បម្រុងទុកឥឡូវ(&amp;B)…</translation>
        </message>
        <message>
            <source>The last backup of this vault was made on {date}. It is time for the next one: back it up to a USB stick or another disk.</source>
            <translation type="unfinished">ការបម្រុងទុកចុងក្រោយនៃឃ្លាំងនេះ ត្រូវបានធ្វើនៅ {date}។ ដល់ពេលសម្រាប់ការបម្រុងទុកបន្ទាប់ហើយ៖ សូមបម្រុងទុកវាទៅ USB ឬឌីសផ្សេង។</translation>
        </message>
        <message>
            <source>This vault has never been backed up. Back it up to a USB stick or another disk, and keep that away from this computer.</source>
            <translation type="unfinished">ឃ្លាំងនេះមិនដែលត្រូវបានបម្រុងទុកទេ។ សូមបម្រុងទុកវាទៅ USB ឬឌីសផ្សេង ហើយរក្សាទុកវាឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <source>New, not saved yet</source>
            <translation type="unfinished">ថ្មី មិនទាន់រក្សាទុក</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Draft</source>
            <translation type="unfinished">សេចក្ដីព្រាង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="103" />
            <source>Put away</source>
            <translation type="unfinished">ទុកសិន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="165" />
            <source>Edits of a final record are saved with Ctrl+S.</source>
            <translation type="unfinished">ការកែប្រែកំណត់ត្រាចុងក្រោយ ត្រូវរក្សាទុកដោយចុច Ctrl+S។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="170" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">បុគ្គលនេះប្រហែលជាធ្លាប់ត្រូវបានសម្ភាសន៍ ({count} កំណត់ត្រា)។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Final</source>
            <translation type="unfinished">ចុងក្រោយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="198" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">គ្មានអ្វីត្រូវបានរក្សាទុកទេ រហូតដល់អ្នកឆ្លើយយល់ព្រមនឹងការសម្ភាសន៍។ ប្រសិនបើគាត់បដិសេធ សូមអរគុណគាត់ ហើយបិទការសម្ភាសន៍៖ វានឹងត្រូវបោះបង់។</translation>
        </message>
    </context>
    <context>
        <name>KeyWarning</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="26" />
            <source>This office has no regional key from its hub yet. Pseudonyms made now will never match those of the other offices, and cannot be made again later. Before the first interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">ការិយាល័យនេះមិនទាន់មានសោតំបន់ពីមជ្ឈមណ្ឌលរបស់ខ្លួននៅឡើយ។ ឈ្មោះក្លែងដែលបង្កើតឥឡូវនឹងមិនត្រូវគ្នានឹងរបស់ការិយាល័យផ្សេងទេ ហើយមិនអាចបង្កើតឡើងវិញពេលក្រោយបានទេ។ មុនការសម្ភាសលើកដំបូង អ្នកគ្រប់គ្រងត្រូវទទួលកញ្ចប់សោពីមជ្ឈមណ្ឌល (ការិយាល័យ → ទទួលកញ្ចប់ទិន្នន័យ)។</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="33" />
            <source>This office uses its own regional key, not one from its hub: its %n pseudonyms will never match those of the other offices. Before the next interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">
                <numerusform>ការិយាល័យនេះប្រើសោតំបន់ផ្ទាល់ខ្លួន មិនមែនសោពីមជ្ឈមណ្ឌលទេ៖ ឈ្មោះក្លែង %n របស់វានឹងមិនត្រូវគ្នានឹងរបស់ការិយាល័យផ្សេងទេ។ មុនការសម្ភាសបន្ទាប់ អ្នកគ្រប់គ្រងត្រូវទទួលកញ្ចប់សោពីមជ្ឈមណ្ឌល (ការិយាល័យ → ទទួលកញ្ចប់ទិន្នន័យ)។</numerusform>
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
            <translation type="unfinished">ទំព័រដើម</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="111" />
            <source>New interview</source>
            <translation type="unfinished">បទសម្ភាសន៍ថ្មី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="113" />
            <source>Records</source>
            <translation type="unfinished">កំណត់ត្រា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="18" />
            <location filename="../../src/lintas/gui/language_menu.py" line="43" />
            <location filename="../../src/lintas/gui/main_window.py" line="187" />
            <source>Language</source>
            <translation type="unfinished">ភាសា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="44" />
            <location filename="../../src/lintas/gui/main_window.py" line="188" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">ភាសាថ្មីនឹងប្រើនៅពេលបើក Lintas លើកក្រោយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="211" />
            <source>Open a vault folder</source>
            <translation type="unfinished">បើកថតឃ្លាំង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="251" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ថ្មីត្រូវបានកំណត់។ ដោះសោឃ្លាំងជាមួយវា។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="323" />
            <source>Loading the form…</source>
            <translation type="unfinished">កំពុងផ្ទុកទម្រង់…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="337" />
            <source>Loading the form</source>
            <translation type="unfinished">កំពុងផ្ទុកទម្រង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="365" />
            <source>Interview</source>
            <translation type="unfinished">បទសម្ភាសន៍</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="377" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">បទសម្ភាសន៍ត្រូវបានបញ្ចប់ និងរក្សាទុក។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>&amp;Vault</source>
            <translation type="unfinished">ឃ្លាំង(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="31" />
            <source>New vault…</source>
            <translation type="unfinished">ឃ្លាំងថ្មី…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="34" />
            <source>Open vault…</source>
            <translation type="unfinished">បើកឃ្លាំង…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="37" />
            <source>Lock now</source>
            <translation type="unfinished">ចាក់សោឥឡូវ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="42" />
            <source>Quit</source>
            <translation type="unfinished">ចាកចេញ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>&amp;Office</source>
            <translation type="unfinished">ការិយាល័យ(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="48" />
            <source>Users and roles…</source>
            <translation type="unfinished">អ្នកប្រើ និងតួនាទី…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="52" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">ប្ដូរពាក្យសម្ងាត់ខ្ញុំ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="56" />
            <source>Auto-lock…</source>
            <translation type="unfinished">ចាក់សោស្វ័យប្រវត្តិ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="60" />
            <source>Privacy report…</source>
            <translation type="unfinished">របាយការណ៍ឯកជនភាព…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="66" />
            <source>Export…</source>
            <translation type="unfinished">នាំចេញ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="95" />
            <source>Only a supervisor can export.</source>
            <translation type="unfinished">មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចនាំចេញបាន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="114" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">បានប្ដូរពាក្យសម្ងាត់។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="100" />
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas ត្រូវបានចាក់សោ។ ដោះសោឃ្លាំងទិន្នន័យដើម្បីបន្ត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;ទៅកាន់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="87" />
            <source>Only a supervisor can see the privacy report.</source>
            <translation type="unfinished">មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចមើលរបាយការណ៍ឯកជនភាពបាន។</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation type="unfinished">បម្រុងទុក(&amp;B)…</translation>
        </message>
        <message>
            <source>Unlock a vault to back it up.</source>
            <translation type="unfinished">ដោះសោឃ្លាំងជាមុនសិន ដើម្បីបម្រុងទុកវា។</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished">ស្ដារឡើងវិញពីច្បាប់បម្រុង(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Forms and versions…</source>
            <translation type="unfinished">ទម្រង់ និងកំណែ(&amp;F)…</translation>
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished">ភ្ជាប់ឯកសារ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="67" />
            <source>Attach a file</source>
            <translation type="unfinished">ភ្ជាប់ឯកសារ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="73" />
            <source>All files (*)</source>
            <translation type="unfinished">ឯកសារទាំងអស់ (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="90" />
            <source>Images</source>
            <translation type="unfinished">រូបភាព</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="91" />
            <source>Sound recordings</source>
            <translation type="unfinished">ការថតសំឡេង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="92" />
            <source>Videos</source>
            <translation type="unfinished">វីដេអូ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">មិនអាចអានឯកសារនេះបានទេ។ សូមជ្រើសឯកសារផ្សេង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="111" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">ឯកសារនេះមិនមែនជារូបភាពដែល Lintas អាចបង្ហាញបានទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="118" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">ឯកសារនេះទទេ។ សូមជ្រើសឯកសារផ្សេង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="126" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">ឯកសារនេះមានទំហំ {size} MB; អាចភ្ជាប់បានច្រើនបំផុត {limit} MB។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="156" />
            <source>No file attached.</source>
            <translation type="unfinished">មិនទាន់បានភ្ជាប់ឯកសារទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="165" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (រក្សាទុកក្នុងឃ្លាំង)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="170" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished">{name}, {size} KB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished">ដកចេញ</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="35" />
            <source>New interview</source>
            <translation type="unfinished">បទសម្ភាសន៍ថ្មី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="44" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">ជ្រើសទម្រង់ ហើយចុច Enter ដើម្បីចាប់ផ្ដើម។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="49" />
            <source>Install a form…</source>
            <translation type="unfinished">ដំឡើងទម្រង់…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="53" />
            <source>Start interview</source>
            <translation type="unfinished">ចាប់ផ្ដើមសម្ភាសន៍</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="58" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">សេចក្ដីព្រាងកំពុងរង់ចាំ (ចុច Enter ដើម្បីបន្ត)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="95" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · ចាប់ផ្ដើម {when}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="105" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">មិនទាន់មានទម្រង់ដំឡើងទេ។ អ្នកគ្រប់គ្រងជាអ្នកដំឡើង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>Install a form</source>
            <translation type="unfinished">ដំឡើងទម្រង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="125" />
            <source>Reading {name}…</source>
            <translation type="unfinished">កំពុងអាន {name}…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="131" />
            <source>Installing the form</source>
            <translation type="unfinished">កំពុងដំឡើងទម្រង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="148" />
            <source>The form was not installed</source>
            <translation type="unfinished">ទម្រង់មិនត្រូវបានដំឡើង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="135" />
            <source>Installed: {title}, version {version}.</source>
            <translation type="unfinished">បានដំឡើង៖ {title} កំណែ {version}។</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/common.py" line="63" />
            <source>Choose…</source>
            <translation type="unfinished">ជ្រើស…</translation>
        </message>
    </context>
    <context>
        <name>PeersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="93" />
            <source>Peers</source>
            <translation type="unfinished">ការិយាល័យដៃគូ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="96" />
            <source>Offices this vault exchanges with</source>
            <translation type="unfinished">ការិយាល័យដែលឃ្លាំងនេះផ្លាស់ប្ដូរទិន្នន័យជាមួយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Office</source>
            <translation type="unfinished">ការិយាល័យ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Country</source>
            <translation type="unfinished">ប្រទេស</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Fingerprint</source>
            <translation type="unfinished">ស្នាមម្រាមដៃសោ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>Trusted on</source>
            <translation type="unfinished">ទុកចិត្តនៅ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>State</source>
            <translation type="unfinished">ស្ថានភាព</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="106" />
            <source>&amp;Trust a card…</source>
            <translation type="unfinished">ទុកចិត្តកាតសោ…(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="107" />
            <source>&amp;Revoke…</source>
            <translation type="unfinished">ដកហូត…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="109" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="129" />
            <source>This office: {office}</source>
            <translation type="unfinished">ការិយាល័យនេះ៖ {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="134" />
            <source>&amp;Save this office's card…</source>
            <translation type="unfinished">រក្សាទុកកាតសោរបស់ការិយាល័យនេះ…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="140" />
            <source>Give the card to the other office (USB stick, e-mail), then read them this fingerprint by phone or on paper: they check it when they trust the card.</source>
            <translation type="unfinished">ឲ្យកាតទៅការិយាល័យមួយទៀត (USB, អ៊ីមែល) រួចអានស្នាមម្រាមដៃសោនេះឲ្យពួកគេស្ដាប់តាមទូរស័ព្ទ ឬលើក្រដាស៖ ពួកគេពិនិត្យវានៅពេលទុកចិត្តកាត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="156" />
            <source>Revoked on {date}</source>
            <translation type="unfinished">បានដកហូតនៅ {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="158" />
            <source>Trusted</source>
            <translation type="unfinished">បានទុកចិត្ត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="173" />
            <source>Save this office's card</source>
            <translation type="unfinished">រក្សាទុកកាតសោរបស់ការិយាល័យនេះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="174" />
            <location filename="../../src/lintas/gui/exchange/peers.py" line="193" />
            <source>Office cards (*.json)</source>
            <translation type="unfinished">កាតសោការិយាល័យ (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="182" />
            <source>Saved the card to {path}. Fingerprint: {fingerprint}</source>
            <translation type="unfinished">បានរក្សាទុកកាតនៅ {path}។ ស្នាមម្រាមដៃសោ៖ {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="192" />
            <source>Choose the other office's card</source>
            <translation type="unfinished">ជ្រើសកាតសោរបស់ការិយាល័យមួយទៀត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="206" />
            <source>That is this office's own card. Choose the other office's card.</source>
            <translation type="unfinished">នោះជាកាតរបស់ការិយាល័យនេះផ្ទាល់។ សូមជ្រើសកាតរបស់ការិយាល័យមួយទៀត។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="210" />
            <source>Not trusted. Nothing was changed.</source>
            <translation type="unfinished">មិនបានទុកចិត្តទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="221" />
            <source>Now trusting {office}.</source>
            <translation type="unfinished">ឥឡូវទុកចិត្ត {office}។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="223" />
            <source>{office} was trusted already. Nothing was changed.</source>
            <translation type="unfinished">{office} ត្រូវបានទុកចិត្តរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="240" />
            <source>Select the office to revoke first.</source>
            <translation type="unfinished">ជ្រើសការិយាល័យដែលត្រូវដកហូតជាមុនសិន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="243" />
            <source>{office} is revoked already.</source>
            <translation type="unfinished">{office} ត្រូវបានដកហូតរួចហើយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="247" />
            <source>Revoke an office</source>
            <translation type="unfinished">ដកហូតការិយាល័យ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="249" />
            <source>Revoke {office}? Its bundles are refused from now on, and the offices you send to learn it too. This is for good: a revoked card is never trusted again, the office must make a new one.</source>
            <translation type="unfinished">ដកហូត {office} ឬ? កញ្ចប់ទិន្នន័យរបស់វានឹងត្រូវបដិសេធចាប់ពីពេលនេះ ហើយការិយាល័យដែលអ្នកផ្ញើទៅក៏ដឹងដែរ។ នេះជាអចិន្ត្រៃយ៍៖ កាតដែលត្រូវបានដកហូតមិនត្រូវបានទុកចិត្តម្ដងទៀតទេ ការិយាល័យនោះត្រូវធ្វើកាតថ្មី។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="256" />
            <source>Revoke</source>
            <translation type="unfinished">ដកហូត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="257" />
            <source>Keep trusting</source>
            <translation type="unfinished">បន្តទុកចិត្ត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="271" />
            <source>Revoked {office}.</source>
            <translation type="unfinished">បានដកហូត {office}។</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="42" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">សាធារណៈ (k = 5; 11 ពេលមានសំណួររសើប)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="43" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">មានកម្រិត (k = 3; 11 ពេលមានសំណួររសើប)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="44" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">ផ្ទៃក្នុង (ក្នុងការិយាល័យ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="70" />
            <source>Choose a form and a level, then press Check.</source>
            <translation type="unfinished">ជ្រើសទម្រង់ និងកម្រិត រួចចុច ពិនិត្យ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="97" />
            <source>Install a form first.</source>
            <translation type="unfinished">ដំឡើងទម្រង់ជាមុនសិន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="101" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">កាលបរិច្ឆេទដំបូងនៅក្រោយកាលបរិច្ឆេទចុងក្រោយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="104" />
            <source>Checking…</source>
            <translation type="unfinished">កំពុងពិនិត្យ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="137" />
            <source>What this level does, and what to do</source>
            <translation type="unfinished">អ្វីដែលកម្រិតនេះធ្វើ និងអ្វីដែលត្រូវធ្វើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="139" />
            <source>Checked on {date} by {user}, office {office}. Nothing was exported.</source>
            <translation type="unfinished">បានពិនិត្យនៅ {date} ដោយ {user} ការិយាល័យ {office}។ គ្មានអ្វីត្រូវបាននាំចេញទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="161" />
            <source>The report went to the printer.</source>
            <translation type="unfinished">របាយការណ៍ត្រូវបានផ្ញើទៅម៉ាស៊ីនបោះពុម្ព។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>Save the report as PDF</source>
            <translation type="unfinished">រក្សាទុករបាយការណ៍ជា PDF</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished">ឯកសារ PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="179" />
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation type="unfinished">មិនមានថត {folder} ទេ។ សូមជ្រើសថតផ្សេង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="187" />
            <source>Could not write {path}. Check that the folder is writable.</source>
            <translation type="unfinished">មិនអាចសរសេរ {path} បានទេ។ សូមពិនិត្យថាថតនោះអាចសរសេរបាន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="193" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished">បានរក្សាទុករបាយការណ៍ជា {path}។</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished">របាយការណ៍ឯកជនភាព</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Says what an export of this form's final interviews at this level would publish, what it would leave out or blank so that no one can be picked out, and what you can do about it. Nothing is exported.</source>
            <translation type="unfinished">ប្រាប់ថាការនាំចេញបទសម្ភាសន៍ចុងក្រោយនៃទម្រង់នេះនៅកម្រិតនេះនឹងផ្សព្វផ្សាយអ្វី នឹងដកចេញ ឬទុកទទេអ្វី ដើម្បីកុំឱ្យគេអាចកំណត់អត្តសញ្ញាណនរណាម្នាក់បាន និងអ្វីដែលអ្នកអាចធ្វើបាន។ គ្មានអ្វីត្រូវបាននាំចេញទេ។</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished">ទម្រង់៖</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished">កម្រិត៖</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="42" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">តែកាលបរិច្ឆេទ(&amp;D)៖</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="55" />
            <source>to</source>
            <translation type="unfinished">ដល់</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="78" />
            <source>Check</source>
            <translation type="unfinished">ពិនិត្យ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="111" />
            <source>&amp;Print…</source>
            <translation type="unfinished">បោះពុម្ព(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="117" />
            <source>Save as PD&amp;F…</source>
            <translation type="unfinished">រក្សាទុកជា PDF(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="123" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="21" />
            <source>Receipts</source>
            <translation type="unfinished">បង្កាន់ដៃ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="24" />
            <source>What each office holds</source>
            <translation type="unfinished">អ្វីដែលការិយាល័យនីមួយៗមាន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Office</source>
            <translation type="unfinished">ការិយាល័យ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Holds</source>
            <translation type="unfinished">មាន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>To send</source>
            <translation type="unfinished">ត្រូវផ្ញើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Bundles sent</source>
            <translation type="unfinished">កញ្ចប់បានផ្ញើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Receipts back</source>
            <translation type="unfinished">បង្កាន់ដៃត្រឡប់មកវិញ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Last receipt</source>
            <translation type="unfinished">បង្កាន់ដៃចុងក្រោយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Bundles received</source>
            <translation type="unfinished">កញ្ចប់បានទទួល</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Record</source>
            <translation type="unfinished">កំណត់ត្រា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Form</source>
            <translation type="unfinished">ទម្រង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Revision here</source>
            <translation type="unfinished">កំណែនៅទីនេះ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>Revision they hold</source>
            <translation type="unfinished">កំណែដែលពួកគេមាន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>State</source>
            <translation type="unfinished">ស្ថានភាព</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="42" />
            <source>An office holds a record once its receipt for a bundle came back (Office → Receive bundle), or when it sent the record here itself.</source>
            <translation type="unfinished">ការិយាល័យមួយមានកំណត់ត្រា នៅពេលបង្កាន់ដៃរបស់ខ្លួនសម្រាប់កញ្ចប់មួយត្រឡប់មកវិញ (ការិយាល័យ → ទទួលកញ្ចប់ទិន្នន័យ) ឬនៅពេលវាផ្ញើកំណត់ត្រានោះមកទីនេះដោយខ្លួនឯង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="51" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="66" />
            <source>{office} (revoked)</source>
            <translation type="unfinished">{office} (បានដកហូត)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="68" />
            <source>{count} of {total}</source>
            <translation type="unfinished">{count} ក្នុងចំណោម {total}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="74" />
            <source>none yet</source>
            <translation type="unfinished">មិនទាន់មាន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="78" />
            <source>No office is trusted yet (Office → Peers).</source>
            <translation type="unfinished">មិនទាន់ទុកចិត្តការិយាល័យណាមួយនៅឡើយ (ការិយាល័យ → ការិយាល័យដៃគូ)។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="83" />
            <source>Holds it</source>
            <translation type="unfinished">មានហើយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="85" />
            <source>Holds another version</source>
            <translation type="unfinished">មានកំណែផ្សេង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="86" />
            <source>Not yet</source>
            <translation type="unfinished">មិនទាន់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="103" />
            <source>Records of this vault, and what {office} holds of them:</source>
            <translation type="unfinished">កំណត់ត្រានៃឃ្លាំងនេះ និងអ្វីដែល {office} មាន៖</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="105" />
            <source>The first {count} records of this vault, and what {office} holds:</source>
            <translation type="unfinished">កំណត់ត្រា {count} ដំបូងនៃឃ្លាំងនេះ និងអ្វីដែល {office} មាន៖</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>Receive a bundle or receipt</source>
            <translation type="unfinished">ទទួលកញ្ចប់ទិន្នន័យ ឬបង្កាន់ដៃ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>&amp;Receive</source>
            <translation type="unfinished">ទទួល(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="237" />
            <source>&amp;File from the other office:</source>
            <translation type="unfinished">ឯកសារពីការិយាល័យមួយទៀត(&amp;F)៖</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="240" />
            <source>Choose the bundle or receipt</source>
            <translation type="unfinished">ជ្រើសកញ្ចប់ទិន្នន័យ ឬបង្កាន់ដៃ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="241" />
            <source>Lintas bundles ({patterns})</source>
            <translation type="unfinished">កញ្ចប់ទិន្នន័យ Lintas ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="245" />
            <source>&amp;Write a receipt for the sender, beside the file</source>
            <translation type="unfinished">សរសេរបង្កាន់ដៃសម្រាប់អ្នកផ្ញើ នៅក្បែរឯកសារ(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="250" />
            <source>Everything is checked first: who signed it, that it is for this office, every record. Then all of it is imported, or nothing.</source>
            <translation type="unfinished">អ្វីៗទាំងអស់ត្រូវបានពិនិត្យជាមុន៖ អ្នកណាចុះហត្ថលេខា ថាវាសម្រាប់ការិយាល័យនេះ និងកំណត់ត្រានីមួយៗ។ បន្ទាប់មកនាំចូលទាំងអស់ ឬគ្មានអ្វីសោះ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="259" />
            <source>Re&amp;place the regional key anyway…</source>
            <translation type="unfinished">ជំនួសសោតំបន់ទោះយ៉ាងណាក៏ដោយ…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="279" />
            <source>Choose the file that the other office sent (Choose… or type its path).</source>
            <translation type="unfinished">ជ្រើសឯកសារដែលការិយាល័យមួយទៀតបានផ្ញើ (ជ្រើស… ឬវាយផ្លូវរបស់វា)។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="285" />
            <source>Checking and importing…</source>
            <translation type="unfinished">កំពុងពិនិត្យ និងនាំចូល…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="290" />
            <source>Receiving</source>
            <translation type="unfinished">កំពុងទទួល</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="311" />
            <source>Replace the regional key</source>
            <translation type="unfinished">ជំនួសសោតំបន់</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="313" />
            <source>Replace this vault's regional key {old} with the key {new} of {office}?

The %n pseudonyms made here under the old key stay as they are, but they will never match pseudonyms made under the new key, here or at any other office: a person interviewed before and after the change will not show as a possible repeat interview. The old pseudonyms cannot be made again, because the identifiers were never stored. This cannot be undone.

Replace it only if the hub says that every office changes to its key.</source>
            <translation type="unfinished">
                <numerusform>ជំនួសសោតំបន់ {old} របស់ឃ្លាំងនេះ ដោយសោ {new} របស់ {office} ឬ?

ឈ្មោះក្លែង %n ដែលបង្កើតនៅទីនេះដោយសោចាស់ នៅដដែល ប៉ុន្តែវានឹងមិនត្រូវគ្នានឹងឈ្មោះក្លែងដែលបង្កើតដោយសោថ្មីទេ ទាំងនៅទីនេះ និងនៅការិយាល័យផ្សេង៖ មនុស្សដែលត្រូវបានសម្ភាសន៍មុន និងក្រោយការផ្លាស់ប្តូរ នឹងមិនបង្ហាញជាការសម្ភាសន៍ដដែលៗដែលអាចកើតមានទេ។ ឈ្មោះក្លែងចាស់មិនអាចបង្កើតម្តងទៀតបានទេ ព្រោះព័ត៌មានសម្គាល់អត្តសញ្ញាណមិនដែលត្រូវបានរក្សាទុក។ វាមិនអាចត្រឡប់វិញបានទេ។

ជំនួសវាតែនៅពេលមជ្ឈមណ្ឌលប្រាប់ថា គ្រប់ការិយាល័យប្តូរទៅប្រើសោរបស់វា។</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="328" />
            <source>&amp;Replace the key</source>
            <translation type="unfinished">ជំនួសសោ(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="329" />
            <source>&amp;Keep the current key</source>
            <translation type="unfinished">រក្សាសោបច្ចុប្បន្ន(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="286" />
            <source>Record</source>
            <translation type="unfinished">កំណត់ត្រា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="302" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="297" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">បទសម្ភាសន៍ដែលអាចស្ទួន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="315" />
            <source>Same person</source>
            <translation type="unfinished">មនុស្សតែមួយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="316" />
            <source>Different people</source>
            <translation type="unfinished">មនុស្សផ្សេងគ្នា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="325" />
            <source>not decided yet</source>
            <translation type="unfinished">មិនទាន់សម្រេច</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="326" />
            <source>decided: the same person</source>
            <translation type="unfinished">បានសម្រេច៖ មនុស្សតែមួយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="327" />
            <source>decided: different people</source>
            <translation type="unfinished">បានសម្រេច៖ មនុស្សផ្សេងគ្នា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="330" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">អត្តសញ្ញាណដូចកំណត់ត្រា {record} រកឃើញ {when}៖ {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="340" />
            <source>Not done</source>
            <translation type="unfinished">មិនបានធ្វើ</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="178" />
            <source>Created</source>
            <translation type="unfinished">បានបង្កើត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="179" />
            <source>Form</source>
            <translation type="unfinished">ទម្រង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="180" />
            <source>Status</source>
            <translation type="unfinished">ស្ថានភាព</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="181" />
            <source>Rev.</source>
            <translation type="unfinished">កំណែ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="182" />
            <source>By</source>
            <translation type="unfinished">ដោយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="183" />
            <source>Answers</source>
            <translation type="unfinished">ចម្លើយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="184" />
            <source>Record id</source>
            <translation type="unfinished">លេខសម្គាល់កំណត់ត្រា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="187" />
            <source>draft</source>
            <translation type="unfinished">សេចក្ដីព្រាង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="188" />
            <source>final</source>
            <translation type="unfinished">ចុងក្រោយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="189" />
            <source>void</source>
            <translation type="unfinished">ទុកជាមោឃៈ</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="59" />
            <source>Records</source>
            <translation type="unfinished">កំណត់ត្រា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <location filename="../../src/lintas/gui/pages/records.py" line="115" />
            <source>Search…</source>
            <translation type="unfinished">ស្វែងរក…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="126" />
            <source>Any status</source>
            <translation type="unfinished">គ្រប់ស្ថានភាព</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="128" />
            <source>Drafts</source>
            <translation type="unfinished">សេចក្ដីព្រាង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="129" />
            <source>Final</source>
            <translation type="unfinished">ចុងក្រោយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="130" />
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>Void</source>
            <translation type="unfinished">មោឃៈ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="134" />
            <source>Since</source>
            <translation type="unfinished">ចាប់ពី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>View</source>
            <translation type="unfinished">មើល</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="150" />
            <source>Edit as new revision</source>
            <translation type="unfinished">កែជាកំណែថ្មី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="151" />
            <source>Finalise</source>
            <translation type="unfinished">បញ្ចប់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="152" />
            <source>Void…</source>
            <translation type="unfinished">ធ្វើជាមោឃៈ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="177" />
            <source>Any form</source>
            <translation type="unfinished">គ្រប់ទម្រង់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="178" />
            <source>Any user</source>
            <translation type="unfinished">គ្រប់អ្នកប្រើ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/pages/records.py" line="211" />
            <source>%n record(s) match.</source>
            <translation type="unfinished">
                <numerusform>កំណត់ត្រា %n ត្រូវគ្នា។</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">កំណត់ត្រាមោឃៈមិនអាចកែបានទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="247" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">កំណត់ត្រា {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Not done</source>
            <translation type="unfinished">មិនបានធ្វើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="240" />
            <source>Record {record} is final now.</source>
            <translation type="unfinished">កំណត់ត្រា {record} ជាចុងក្រោយហើយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="257" />
            <source>Record {record} is void now.</source>
            <translation type="unfinished">កំណត់ត្រា {record} ជាមោឃៈហើយ។</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="258" />
            <source>The vault folder</source>
            <translation type="unfinished">ថតឃ្លាំង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="265" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នា។ វាយម្ដងទៀត។</translation>
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished">ស្ដារដោយកូនសោស្ដារ</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished">វាយកូនសោស្ដារឱ្យដូចដែលបានបោះពុម្ព បន្ទាប់មកជ្រើសពាក្យសម្ងាត់ថ្មីសម្រាប់អ្នកប្រើរបស់អ្នក។ ទិន្នន័យក្នុងឃ្លាំងមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">ឯកសារឃ្លាំង៖</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">ជ្រើស…</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished">កូនសោស្ដារ៖</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished">អ្នកប្រើ៖</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ថ្មី៖</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់ថ្មីម្ដងទៀត៖</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">កម្លាំង៖</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished">ស្ដារ</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished">ការិយាល័យ៖ {office}
ឃ្លាំង៖ {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished">កូនសោស្ដារឃ្លាំង Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished">អ្នកណាដែលកាន់កូនសោនេះ អាចបើកឃ្លាំងបាន។ ចាក់សោទុកវា ដាច់ពីកុំព្យូទ័រ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished">រក្សាទុកកូនសោស្ដារជា PDF</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished">កូនសោស្ដាររបស់អ្នក</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished">កូនសោនេះបង្ហាញតែម្ដងគត់។ មានវា អ្នកណាក៏បើកឃ្លាំងបាន ហើយបើគ្មានវា ពាក្យសម្ងាត់ដែលភ្លេចមិនអាចដោះស្រាយបានទេ។ បោះពុម្ព ឬរក្សាទុកជា PDF ហើយចាក់សោទុកឱ្យឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished">បោះពុម្ព…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished">រក្សាទុកជា PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished">ខ្ញុំបានបោះពុម្ព ឬរក្សាទុកកូនសោស្ដារ ហើយនឹងរក្សាវាឱ្យមានសុវត្ថិភាព។</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished">បន្ត</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished">ពិនិត្យមុនបញ្ចប់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="48" />
            <source>Finalise interview</source>
            <translation type="unfinished">បញ្ចប់បទសម្ភាសន៍</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="69" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>មានបញ្ហា %n ត្រូវកែ មុនពេលបញ្ចប់បទសម្ភាសន៍នេះ។</numerusform>
                <numerusform>មានបញ្ហា %n ត្រូវកែ មុនពេលបញ្ចប់បទសម្ភាសន៍នេះ។</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="76" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">គ្មានបញ្ហា។ ពិនិត្យការព្រមាន៖ ការបញ្ចប់នឹងរក្សាទុកអត្ថបទដូចដែលមាន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="79" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">គ្មានបញ្ហា។ អាចបញ្ចប់បទសម្ភាសន៍បាន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">ខ្ញុំបានពិនិត្យចម្លើយដែលបានសម្គាល់៖ គ្មានឈ្មោះ លេខ ឬអាសយដ្ឋានទេ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="100" />
            <source>Fix the problems listed above first.</source>
            <translation type="unfinished">សូមកែបញ្ហាដែលមានខាងលើជាមុនសិន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="102" />
            <source>Look at the warnings above and tick the box under them first.</source>
            <translation type="unfinished">សូមមើលការព្រមានខាងលើ ហើយគូសប្រអប់នៅខាងក្រោមវាជាមុនសិន។</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>Send to other offices</source>
            <translation type="unfinished">ផ្ញើទៅការិយាល័យផ្សេង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>&amp;Send</source>
            <translation type="unfinished">ផ្ញើ(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="127" />
            <source>&amp;Offices to send to:</source>
            <translation type="unfinished">ការិយាល័យដែលត្រូវផ្ញើទៅ(&amp;O)៖</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="133" />
            <source>Every final and void record that the chosen offices do not hold yet goes into one encrypted bundle. Drafts never leave this vault.</source>
            <translation type="unfinished">កំណត់ត្រាចុងក្រោយ និងកំណត់ត្រាមោឃៈទាំងអស់ ដែលការិយាល័យដែលបានជ្រើសមិនទាន់មាន នឹងចូលក្នុងកញ្ចប់ទិន្នន័យដែលបានអ៊ិនគ្រីបមួយ។ សេចក្ដីព្រាងមិនដែលចេញពីឃ្លាំងនេះទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="140" />
            <source>Save the &amp;bundle as:</source>
            <translation type="unfinished">រក្សាទុកកញ្ចប់ទិន្នន័យជា(&amp;B)៖</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="142" />
            <source>Save the bundle as</source>
            <translation type="unfinished">រក្សាទុកកញ្ចប់ទិន្នន័យជា</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="153" />
            <source>S&amp;plit into parts for e-mail, each at most</source>
            <translation type="unfinished">បំបែកជាផ្នែកសម្រាប់អ៊ីមែល ផ្នែកនីមួយៗយ៉ាងច្រើន(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="177" />
            <source>{office}: {count} records to send</source>
            <translation type="unfinished">{office}៖ កំណត់ត្រា {count} ត្រូវផ្ញើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="187" />
            <source>No office is trusted yet. Trust its card first under Office → Peers.</source>
            <translation type="unfinished">មិនទាន់ទុកចិត្តការិយាល័យណាមួយនៅឡើយ។ ទុកចិត្តកាតរបស់វាជាមុនសិននៅ ការិយាល័យ → ការិយាល័យដៃគូ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="206" />
            <source>Tick at least one office to send to (Space ticks the one selected).</source>
            <translation type="unfinished">គូសធីកការិយាល័យយ៉ាងហោចណាស់មួយដែលត្រូវផ្ញើទៅ (Space គូសធីកមួយដែលបានជ្រើស)។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="208" />
            <source>Say where to save the bundle.</source>
            <translation type="unfinished">បញ្ជាក់កន្លែងដែលត្រូវរក្សាទុកកញ្ចប់ទិន្នន័យ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="210" />
            <source>The folder {path} does not exist.</source>
            <translation type="unfinished">ថត {path} មិនមានទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="214" />
            <source>{path} exists already. Choose another name.</source>
            <translation type="unfinished">{path} មានរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="219" />
            <source>Packing and encrypting the records…</source>
            <translation type="unfinished">កំពុងវេចខ្ចប់ និងអ៊ិនគ្រីបកំណត់ត្រា…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="227" />
            <source>Sending</source>
            <translation type="unfinished">កំពុងផ្ញើ</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="22" />
            <source>Too short</source>
            <translation type="unfinished">ខ្លីពេក</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="23" />
            <source>Weak</source>
            <translation type="unfinished">ខ្សោយ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="24" />
            <source>Fair</source>
            <translation type="unfinished">មធ្យម</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="25" />
            <source>Good</source>
            <translation type="unfinished">ល្អ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="26" />
            <source>Strong</source>
            <translation type="unfinished">រឹងមាំ</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="19" />
            <source>an e-mail address</source>
            <translation type="unfinished">អាសយដ្ឋានអ៊ីមែល</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="20" />
            <source>a web address</source>
            <translation type="unfinished">អាសយដ្ឋានគេហទំព័រ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="21" />
            <source>an ID card number</source>
            <translation type="unfinished">លេខអត្តសញ្ញាណប័ណ្ណ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="22" />
            <source>a passport number</source>
            <translation type="unfinished">លេខលិខិតឆ្លងដែន</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="23" />
            <source>a phone number</source>
            <translation type="unfinished">លេខទូរស័ព្ទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="24" />
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">លេខវែង (លេខអត្តសញ្ញាណ ឬលេខគណនី)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="37" />
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">ចម្លើយនេះហាក់ដូចជាមាន{kinds}។ Lintas មិនត្រូវរក្សាទុកវាទេ៖ ចុច លុបព័ត៌មានសម្គាល់ ឬកែចម្លើយ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="45" />
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">អត្ថបទភាសាភូមានេះត្រូវបានវាយជា Zawgyi៖ {button} បំប្លែងវាទៅជា Unicode។</translation>
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
            <translation type="unfinished">{items} និង{last}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="68" />
            <source>Redact</source>
            <translation type="unfinished">លុបព័ត៌មានសម្គាល់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="69" />
            <source>Convert to Unicode</source>
            <translation type="unfinished">បំប្លែងទៅជា Unicode</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="99" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="107" />
            <source>Working…</source>
            <translation type="unfinished">កំពុងធ្វើការ…</translation>
        </message>
    </context>
    <context>
        <name>TrustCardDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="54" />
            <source>Trust an office</source>
            <translation type="unfinished">ទុកចិត្តការិយាល័យ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="56" />
            <source>Office: {office}</source>
            <translation type="unfinished">ការិយាល័យ៖ {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="58" />
            <source>Country: {country}</source>
            <translation type="unfinished">ប្រទេស៖ {country}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="59" />
            <source>Card made: {date}</source>
            <translation type="unfinished">កាតបានធ្វើ៖ {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="61" />
            <source>Fingerprint on this card:</source>
            <translation type="unfinished">ស្នាមម្រាមដៃសោលើកាតនេះ៖</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="65" />
            <source>Call the office, or meet, and ask them to read their fingerprint to you. Trust the card only if every group is the same: a card can be swapped on the way, the fingerprint cannot.</source>
            <translation type="unfinished">ទូរស័ព្ទទៅការិយាល័យ ឬជួបគ្នា ហើយសុំឲ្យពួកគេអានស្នាមម្រាមដៃសោរបស់ពួកគេឲ្យអ្នកស្ដាប់។ ទុកចិត្តកាតលុះត្រាតែក្រុមនីមួយៗដូចគ្នា៖ កាតអាចត្រូវបានប្ដូរតាមផ្លូវ ប៉ុន្តែស្នាមម្រាមដៃមិនអាចទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="72" />
            <source>The office read me this same fingerprint</source>
            <translation type="unfinished">ការិយាល័យបានអានស្នាមម្រាមដៃសោដដែលនេះឲ្យខ្ញុំស្ដាប់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="76" />
            <source>Do not trust</source>
            <translation type="unfinished">មិនទុកចិត្ត</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="77" />
            <source>Trust this office</source>
            <translation type="unfinished">ទុកចិត្តការិយាល័យនេះ</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="97" />
            <source>Vault: {path}</source>
            <translation type="unfinished">ឃ្លាំង៖ {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="135" />
            <source>Pick your user name.</source>
            <translation type="unfinished">ជ្រើសឈ្មោះអ្នកប្រើរបស់អ្នក។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="165" />
            <source>Stopped waiting: nothing was tried.</source>
            <translation type="unfinished">បានឈប់រង់ចាំ៖ មិនទាន់បានសាកល្បងទេ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="182" />
            <source>Lintas tries in {seconds} s, because of wrong passphrases typed for this user. Press Escape to stop waiting.</source>
            <translation type="unfinished">Lintas នឹងសាកល្បងក្នុងរយៈពេល {seconds} វិនាទីទៀត ដោយសារពាក្យសម្ងាត់ខុសដែលបានវាយសម្រាប់អ្នកប្រើនេះ។ ចុច Esc ដើម្បីឈប់រង់ចាំ។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="187" />
            <source>Because of wrong passphrases, the next try for this user can start in {seconds} s.</source>
            <translation type="unfinished">ដោយសារពាក្យសម្ងាត់ខុស ការសាកល្បងបន្ទាប់សម្រាប់អ្នកប្រើនេះអាចចាប់ផ្ដើមក្នុងរយៈពេល {seconds} វិនាទីទៀត។</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished">ដោះសោឃ្លាំង</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished">អ្នកប្រើ៖</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់៖</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="73" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">ភ្លេចពាក្យសម្ងាត់…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="78" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="83" />
            <source>Unlock</source>
            <translation type="unfinished">ដោះសោ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="44" />
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished">ចងចាំឈ្មោះរបស់ខ្ញុំ និងឃ្លាំងនេះនៅលើកុំព្យូទ័រនេះ</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished">អ្នកប្រើ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished">តួនាទី</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished">បានបន្ថែម</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Enumerator</source>
            <translation type="unfinished">អ្នកសម្ភាសន៍</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Supervisor</source>
            <translation type="unfinished">អ្នកគ្រប់គ្រង</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="111" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">ជ្រើសអ្នកប្រើដែលត្រូវដកចេញជាមុនសិន។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="76" />
            <source>Only a supervisor can add or remove users.</source>
            <translation type="unfinished">មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចបន្ថែម ឬដកអ្នកប្រើបាន។</translation>
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished">អ្នកប្រើ និងតួនាទី</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished">បន្ថែមអ្នកប្រើ</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished">ឈ្មោះអ្នកប្រើ៖</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished">តួនាទី៖</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished">ពាក្យសម្ងាត់របស់គេ៖</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished">បន្ថែមអ្នកប្រើ</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished">ដកអ្នកប្រើដែលបានជ្រើស</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="33" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">សរសេរមូលហេតុដែលកំណត់ត្រាជាមោឃៈ ដោយពាក្យពីរបី។</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="21" />
            <source>Redact</source>
            <translation type="unfinished">លុបព័ត៌មានសម្គាល់</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="38" />
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished">ហេតុផលនេះហាក់ដូចជាមានលេខទូរស័ព្ទ អ៊ីមែល អាសយដ្ឋានគេហទំព័រ ឬលេខឯកសារ។ Lintas មិនរក្សាទុកវាទេ៖ ចុច លុបព័ត៌មានសម្គាល់ ឬសរសេរហេតុផលដោយគ្មានវា។</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished">ធ្វើឱ្យកំណត់ត្រាជាមោឃៈ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished">ហេតុអ្វីកំណត់ត្រានេះជាមោឃៈ? មូលហេតុត្រូវបានរក្សាទុកក្នុងកំណត់ហេតុសវនកម្ម។</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="49" />
            <source>Cancel</source>
            <translation type="unfinished">បោះបង់</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="54" />
            <source>Void record</source>
            <translation type="unfinished">ធ្វើជាមោឃៈ</translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished">សូមស្វាគមន៍មកកាន់ Lintas</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished">Lintas រក្សាទុកកំណត់ត្រាស្ទង់មតិពលករចំណាកស្រុក ក្នុងឃ្លាំងដែលបានអ៊ិនគ្រីបលើកុំព្យូទ័រនេះ។ បង្កើតឃ្លាំងថ្មីសម្រាប់ការិយាល័យរបស់អ្នក ឬបើកឃ្លាំងដែលអ្នកមានរួចហើយ។</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished">បង្កើតឃ្លាំងថ្មី…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished">បើកឃ្លាំងដែលមានស្រាប់…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished">ស្ដារដោយកូនសោស្ដារ…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished">ភាសារបស់កម្មវិធី៖</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished">បញ្ហាដែលមិនបានរំពឹងទុក</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>&amp;Back up</source>
            <translation type="unfinished">បម្រុងទុក(&amp;B)</translation>
        </message>
        <message>
            <source>A backup is an encrypted copy of the whole vault, in a new folder. It opens with the same passphrases and recovery key. Keep it on a USB stick or another disk, away from this computer.</source>
            <translation type="unfinished">ច្បាប់បម្រុងគឺជាច្បាប់ចម្លងដែលបានអ៊ិនគ្រីបនៃឃ្លាំងទាំងមូល នៅក្នុងថតថ្មីមួយ។ វាបើកដោយពាក្យសម្ងាត់ និងកូនសោស្ដារដដែល។ សូមរក្សាទុកវានៅក្នុង USB ឬឌីសផ្សេង ឆ្ងាយពីកុំព្យូទ័រនេះ។</translation>
        </message>
        <message>
            <source>Back up the vault</source>
            <translation type="unfinished">បម្រុងទុកឃ្លាំង</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation type="unfinished">កំពុងបម្រុងទុក</translation>
        </message>
        <message>
            <source>Backup cancelled. No copy was left.</source>
            <translation type="unfinished">បានបោះបង់ការបម្រុងទុក។ គ្មានច្បាប់ចម្លងនៅសល់ទេ។</translation>
        </message>
        <message>
            <source>Copying the vault…</source>
            <translation type="unfinished">កំពុងចម្លងឃ្លាំង…</translation>
        </message>
        <message>
            <source>Save the backup &amp;as (a new folder):</source>
            <translation type="unfinished">រក្សាទុកច្បាប់បម្រុងជា (ថតថ្មី)(&amp;A)៖</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation type="unfinished">រក្សាទុកច្បាប់បម្រុងជា</translation>
        </message>
        <message>
            <source>Say where to save the backup.</source>
            <translation type="unfinished">បញ្ជាក់កន្លែងដែលត្រូវរក្សាទុកច្បាប់បម្រុង។</translation>
        </message>
        <message>
            <source>The backup is saved in {path}. It opens with the same passphrases and recovery key.</source>
            <translation type="unfinished">ច្បាប់បម្រុងត្រូវបានរក្សាទុកក្នុង {path}។ វាបើកដោយពាក្យសម្ងាត់ និងកូនសោស្ដារដដែល។</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new folder name.</source>
            <translation type="unfinished">{path} មានរួចហើយ។ សូមជ្រើសឈ្មោះថតថ្មី។</translation>
        </message>
        <message>
            <source>&amp;Remind on Home after this many days without a backup (0: never):</source>
            <translation type="unfinished">រំលឹកនៅទំព័រដើម បន្ទាប់ពីចំនួនថ្ងៃនេះដោយគ្មានការបម្រុងទុក (0: មិនដែល)(&amp;R)៖</translation>
        </message>
        <message>
            <source>Only a supervisor can change the backup reminder.</source>
            <translation type="unfinished">មានតែអ្នកគ្រប់គ្រងទេ ដែលអាចប្ដូរការរំលឹកបម្រុងទុកបាន។</translation>
        </message>
        <message>
            <source>Sa&amp;ve the reminder</source>
            <translation type="unfinished">រក្សាទុកការរំលឹក(&amp;V)</translation>
        </message>
        <message>
            <source>The backup reminder is off.</source>
            <translation type="unfinished">ការរំលឹកបម្រុងទុកត្រូវបានបិទ។</translation>
        </message>
        <message>
            <source>The backup reminder is saved for every user of this vault.</source>
            <translation type="unfinished">ការរំលឹកបម្រុងទុកត្រូវបានរក្សាទុកសម្រាប់អ្នកប្រើគ្រប់រូបនៃឃ្លាំងនេះ។</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Backup folder:</source>
            <translation type="unfinished">ថតច្បាប់បម្រុង(&amp;B)៖</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">ស្ដារឡើងវិញ(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unlock the restored vault…</source>
            <translation type="unfinished">ដោះសោឃ្លាំងដែលបានស្ដារ(&amp;U)…</translation>
        </message>
        <message>
            <source>A restore copies a backup into a new folder, where it is then unlocked. It never writes over a vault: the vault in use stays as it is. Unlock the restored vault with the passphrases or recovery key of the backup.</source>
            <translation type="unfinished">ការស្ដារឡើងវិញចម្លងច្បាប់បម្រុងទៅក្នុងថតថ្មីមួយ ដែលវាត្រូវបានដោះសោនៅទីនោះ។ វាមិនដែលសរសេរជាន់លើឃ្លាំងណាមួយទេ៖ ឃ្លាំងដែលកំពុងប្រើនៅដដែល។ សូមដោះសោឃ្លាំងដែលបានស្ដារ ដោយពាក្យសម្ងាត់ ឬកូនសោស្ដាររបស់ច្បាប់បម្រុងនោះ។</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation type="unfinished">ជ្រើសថតច្បាប់បម្រុង</translation>
        </message>
        <message>
            <source>Choose the backup folder (Choose… or type its path).</source>
            <translation type="unfinished">ជ្រើសថតច្បាប់បម្រុង (ជ្រើស… ឬវាយផ្លូវរបស់វា)។</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation type="unfinished">កំពុងចម្លងច្បាប់បម្រុង…</translation>
        </message>
        <message>
            <source>Restore &amp;into (a new folder):</source>
            <translation type="unfinished">ស្ដារទៅក្នុង (ថតថ្មី)(&amp;I)៖</translation>
        </message>
        <message>
            <source>Restore cancelled. Nothing was copied.</source>
            <translation type="unfinished">បានបោះបង់ការស្ដារ។ គ្មានអ្វីត្រូវបានចម្លងទេ។</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished">ស្ដារឡើងវិញពីច្បាប់បម្រុង</translation>
        </message>
        <message>
            <source>Restore into</source>
            <translation type="unfinished">ស្ដារទៅក្នុង</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation type="unfinished">កំពុងស្ដារ</translation>
        </message>
        <message>
            <source>Say which new folder the backup is restored into.</source>
            <translation type="unfinished">បញ្ជាក់ថតថ្មីដែលច្បាប់បម្រុងត្រូវស្ដារទៅក្នុង។</translation>
        </message>
        <message>
            <source>The backup is restored in {path}. Unlock it with the passphrase or recovery key of the backup; the vault in use was not changed.</source>
            <translation type="unfinished">ច្បាប់បម្រុងត្រូវបានស្ដារនៅក្នុង {path}។ សូមដោះសោវាដោយពាក្យសម្ងាត់ ឬកូនសោស្ដាររបស់ច្បាប់បម្រុងនោះ; ឃ្លាំងដែលកំពុងប្រើមិនត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
        </message>
        <message>
            <source>{path} exists already. A restore never writes over it: choose a new folder name.</source>
            <translation type="unfinished">{path} មានរួចហើយ។ ការស្ដារមិនដែលសរសេរជាន់លើវាទេ៖ សូមជ្រើសឈ្មោះថតថ្មី។</translation>
        </message>
        <message>
            <source>{path} is the vault in use. A restore never writes over a vault: choose a new folder.</source>
            <translation type="unfinished">{path} គឺជាឃ្លាំងដែលកំពុងប្រើ។ ការស្ដារមិនដែលសរសេរជាន់លើឃ្លាំងទេ៖ សូមជ្រើសថតថ្មី។</translation>
        </message>
    </context>
    <context>
        <name>FormVersionsDialog</name>
        <message>
            <source>By</source>
            <translation type="unfinished">ដោយ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">បិទ</translation>
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished">កំណែបច្ចុប្បន្ន</translation>
        </message>
        <message>
            <source>current version</source>
            <translation type="unfinished">ជាកំណែបច្ចុប្បន្ន</translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished">ទម្រង់</translation>
        </message>
        <message>
            <source>Forms and versions</source>
            <translation type="unfinished">ទម្រង់ និងកំណែ</translation>
        </message>
        <message>
            <source>Forms installed: {forms}. Versions: {versions}.</source>
            <translation type="unfinished">ទម្រង់ដែលបានដំឡើង៖ {forms}។ កំណែ៖ {versions}។</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished">បានដំឡើងនៅ</translation>
        </message>
        <message>
            <source>New interviews use each form's current version (the one installed last). Older versions stay installed, so that their records still open with the form they were answered with.</source>
            <translation type="unfinished">បទសម្ភាសន៍ថ្មីប្រើកំណែបច្ចុប្បន្នរបស់ទម្រង់នីមួយៗ (កំណែដែលបានដំឡើងចុងក្រោយ)។ កំណែចាស់ៗនៅតែត្រូវបានដំឡើង ដើម្បីឱ្យកំណត់ត្រារបស់វានៅតែបើកជាមួយទម្រង់ដែលបានប្រើឆ្លើយ។</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">កំណត់ត្រា</translation>
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">កំណែ</translation>
        </message>
    </context>
</TS>
