<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="63" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="68" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="194" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../work/wt-h10/src/lintas/gui/entry/choices.py" line="248" />
            <source>No choice matches.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="32" />
            <source>Folder for the new vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="40" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Type the office name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="164" />
            <source>Add another: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="213" />
            <location filename="../../src/lintas/gui/entry/view.py" line="215" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="301" />
            <source>More questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="91" />
            <source>Review and finalise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="97" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="101" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="216" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="344" />
            <source>Saved at {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="105" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="120" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="218" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>Type a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="234" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45&apos;N 100°30&apos;E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by &apos;;&apos;: 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="42" />
            <source>Altitude (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="43" />
            <source>Accuracy (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="53" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="88" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="102" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45&apos;30&quot;N 100°30&apos;15&quot;E.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="107" />
            <source>Type at least two points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="110" />
            <source>Type at least three different points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="40" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="24" />
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="32" />
            <source>Interviews today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="33" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="34" />
            <source>In total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Drafts waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="41" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="42" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="73" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="85" />
            <source>Others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <source>New, not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="72" />
            <source>Put away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="112" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="150" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="57" />
            <location filename="../../src/lintas/gui/main_window.py" line="241" />
            <source>Lintas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="75" />
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="77" />
            <source>New interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="79" />
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="131" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="132" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="153" />
            <source>Open a vault folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="184" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="229" />
            <source>Loading the form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="243" />
            <source>Loading the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="271" />
            <source>Interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="283" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="27" />
            <source>&amp;Vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>New vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="32" />
            <source>Open vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="35" />
            <source>Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="40" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="44" />
            <source>&amp;Office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>Users and roles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="50" />
            <source>Change my passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="54" />
            <source>Auto-lock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="58" />
            <source>Privacy report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="89" />
            <source>Passphrase changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="64" />
            <source>Attach a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="70" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="84" />
            <source>Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="85" />
            <source>Sound recordings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="86" />
            <source>Videos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="99" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="112" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="120" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="150" />
            <source>No file attached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="159" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="164" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="34" />
            <source>New interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="37" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="42" />
            <source>Install a form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="46" />
            <source>Start interview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="51" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="82" />
            <source>{form} · started {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="92" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>Install a form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="112" />
            <source>Reading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="118" />
            <source>Installing the form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="122" />
            <source>The form was not installed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="158" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="159" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="160" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="171" />
            <source>Install a form first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="173" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Checks whether an export of this form at this level would let a person be picked out (k-anonymity, l-diversity), before anything leaves the office.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="46" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="73" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="210" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="217" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="233" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="251" />
            <source>Same person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="252" />
            <source>Different people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="261" />
            <source>not decided yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="262" />
            <source>decided: the same person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="263" />
            <source>decided: different people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="276" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="104" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="105" />
            <source>Form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="106" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="107" />
            <source>Rev.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="108" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="109" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="110" />
            <source>Record id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="113" />
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="114" />
            <source>final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="115" />
            <source>void</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="46" />
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="69" />
            <source>Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="74" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="76" />
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="77" />
            <source>Final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="78" />
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>Void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="97" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="98" />
            <source>Edit as new revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="99" />
            <source>Finalise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="100" />
            <source>Void…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="119" />
            <source>Any form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="120" />
            <source>Any user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>{count} records match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="185" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="200" />
            <source>Not done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="146" />
            <source>The vault folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="153" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="42" />
            <source>Finalise interview</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="63" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation>
                <numerusform>%n problem to fix before this interview can be finalised.</numerusform>
                <numerusform>%n problems to fix before this interview can be finalised.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="70" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="73" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="15" />
            <source>Too short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="16" />
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="17" />
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="18" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="19" />
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <source>an e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a web address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an ID card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a passport number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convert to Unicode</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="93" />
            <source>Vault: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="106" />
            <source>Pick your user name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="67" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="72" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="77" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Enumerator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="107" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="26" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="46" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="51" />
            <source>Void record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>