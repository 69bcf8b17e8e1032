<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished">အလိုအလျောက် သော့ခတ်ခြင်း</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished">ဤမိနစ်အတွင်း ခလုတ်မနှိပ်၊ မောက်စ်မနှိပ်ပါက Lintas သည် ဒေတာသိုလှောင်ရာကို ပိတ်ပြီး စကားဝှက်ကို ထပ်မေးပါမည်။ လုပ်ဆောင်နေဆဲ အင်တာဗျူးကို ထိန်းသိမ်းထားပါမည်။</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished">အသုံးမပြုချိန် သော့ခတ်ရန်:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished">မိနစ်:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="63" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="68" />
            <source>Save</source>
            <translation type="unfinished">သိမ်းရန်</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished">မှတ်တမ်း မရှိသေးပါ</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished">အသုံးပြုသူ: {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished">စကားဝှက်အသစ် နှစ်ခု မတူပါ။ ထပ်ရိုက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished">စကားဝှက် ပြောင်းရန်</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished">လက်ရှိ စကားဝှက်:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished">စကားဝှက်အသစ်:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished">စကားဝှက်အသစ် ထပ်မံ:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished">ခိုင်မာမှု:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="194" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">စာရင်းထဲမှ တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../work/wt-h10/src/lintas/gui/entry/choices.py" line="248" />
            <source>No choice matches.</source>
            <translation type="unfinished">ကိုက်ညီသော ရွေးချယ်စရာ မရှိပါ။</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="32" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">သိုလှောင်ရာအသစ်အတွက် ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="40" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">သိုလှောင်ရာကို ထားမည့်နေရာ ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">ထိုနေရာတွင် တစ်ခုခု ရှိပြီးသားပါ။ ဖိုင်တွဲအမည်သစ် ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Type the office name.</source>
            <translation type="unfinished">ရုံးအမည် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">ကြီးကြပ်သူ၏ အသုံးပြုသူအမည် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">စကားဝှက် နှစ်ခု မတူပါ။ ထပ်ရိုက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished">သိုလှောင်ရာအသစ် ဖန်တီးရန်</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished">ပထမ အသုံးပြုသူသည် ရုံးကြီးကြပ်သူ ဖြစ်သည်။ ရှည်လျားသော စကားဝှက်ကို ရွေးပါ- ဆက်စပ်မှုမရှိသော စကားလုံးများစွာသည် မှတ်ရလွယ်ပြီး ခန့်မှန်းရခက်သည်။</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖိုင်:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">ရွေးရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished">ရုံးအမည်:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished">ကြီးကြပ်သူ၏ အသုံးပြုသူအမည်:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished">စကားဝှက်:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished">စကားဝှက် ထပ်မံ:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">ခိုင်မာမှု:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖန်တီးရန်</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="164" />
            <source>Add another: {name}</source>
            <translation type="unfinished">နောက်တစ်ခု ထည့်ရန်: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="213" />
            <location filename="../../src/lintas/gui/entry/view.py" line="215" />
            <source>Remove</source>
            <translation type="unfinished">ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="301" />
            <source>More questions</source>
            <translation type="unfinished">နောက်ထပ် မေးခွန်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="91" />
            <source>Review and finalise</source>
            <translation type="unfinished">ပြန်စစ်ပြီး အပြီးသတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="97" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">မူကြမ်း သိမ်းရန် (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="101" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">ပြန်စစ်ရန် (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="216" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">{address} နှင့် ၎င်း၏ အဖြေအားလုံးကို ဖယ်ရှားမလား။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="344" />
            <source>Saved at {time}</source>
            <translation type="unfinished">{time} တွင် သိမ်းပြီး</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="105" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">ရိုက်နေစဉ် ဖုံးထားပြီး မည်သည့်အခါမှ မသိမ်းပါ- အမည်ဝှက်ကိုသာ သိမ်းသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="120" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">ဤအဖြေကို ဤနေရာတွင် ခွင့်မပြုပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="218" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">ရက်စွဲနှင့် အချိန်ကို {format} ပုံစံဖြင့် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>Type a number.</source>
            <translation type="unfinished">နံပါတ် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} သည် ထိုင်း ဗုဒ္ဓသက္ကရာဇ် ဖြစ်ပုံရသည်- {gregorian} ကို သုံးပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="234" />
            <source>OK</source>
            <translation type="unfinished">အိုကေ</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45&apos;N 100°30&apos;E</source>
            <translation type="unfinished">လတ္တီတွဒ်, လောင်ဂျီတွဒ်: 13.75, 100.5 သို့မဟုတ် 13°45&apos;N 100°30&apos;E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by &apos;;&apos;: 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">&apos;;&apos; ဖြင့် ခွဲထားသော အမှတ်များ: 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="42" />
            <source>Altitude (m)</source>
            <translation type="unfinished">အမြင့် (မီတာ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="43" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">တိကျမှု (မီတာ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="53" />
            <source>optional</source>
            <translation type="unfinished">မဖြစ်မနေမဟုတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="88" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">အပိုင်းအခြားပြင်ပ: လတ္တီတွဒ် -90 မှ 90, လောင်ဂျီတွဒ် -180 မှ 180, အမြင့် -11000 မှ 9000 မီတာ, တိကျမှု 0 နှင့်အထက်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="102" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45&apos;30&quot;N 100°30&apos;15&quot;E.</source>
            <translation type="unfinished">လတ္တီတွဒ်နှင့် လောင်ဂျီတွဒ်ကို ရိုက်ထည့်ပါ၊ ဥပမာ 13.75, 100.5 သို့မဟုတ် 13°45&apos;30&quot;N 100°30&apos;15&quot;E။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="107" />
            <source>Type at least two points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished">အနည်းဆုံး အမှတ်နှစ်ခု ရိုက်ထည့်ပါ၊ တစ်ခုစီကို လတ္တီတွဒ်, လောင်ဂျီတွဒ် အဖြစ် &apos;;&apos; ဖြင့် ခွဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="110" />
            <source>Type at least three different points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished">မတူညီသော အမှတ်အနည်းဆုံးသုံးခု ရိုက်ထည့်ပါ၊ တစ်ခုစီကို လတ္တီတွဒ်, လောင်ဂျီတွဒ် အဖြစ် &apos;;&apos; ဖြင့် ခွဲပါ။</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="40" />
            <source>Working…</source>
            <translation type="unfinished">လုပ်ဆောင်နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="24" />
            <source>Home</source>
            <translation type="unfinished">ပင်မ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="32" />
            <source>Interviews today</source>
            <translation type="unfinished">ယနေ့ အင်တာဗျူး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="33" />
            <source>This week</source>
            <translation type="unfinished">ဤအပတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="34" />
            <source>In total</source>
            <translation type="unfinished">စုစုပေါင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Drafts waiting</source>
            <translation type="unfinished">စောင့်ဆိုင်းနေသော မူကြမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">ကျား/မ အလိုက် (နောက်ဆုံး ၃၀ ရက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="41" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">နိုင်ငံသား အလိုက် (နောက်ဆုံး ၃၀ ရက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="42" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">နေ့အလိုက် (နောက်ဆုံး ၁၄ ရက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="73" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">ရုံး: {office} · {user} အဖြစ် ဝင်ထားသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="85" />
            <source>Others</source>
            <translation type="unfinished">အခြား</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">အင်တာဗျူးအသစ် စတင်ရန်</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <source>New, not saved yet</source>
            <translation type="unfinished">အသစ်၊ မသိမ်းရသေး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Draft</source>
            <translation type="unfinished">မူကြမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="72" />
            <source>Put away</source>
            <translation type="unfinished">ခဏသိမ်းထားရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="112" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">ဤပုဂ္ဂိုလ်ကို ယခင်က အင်တာဗျူးဖူးနိုင်သည် (မှတ်တမ်း {count} ခု)။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Final</source>
            <translation type="unfinished">အပြီးသတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="150" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">ဖြေဆိုသူက အင်တာဗျူးကို သဘောတူသည်အထိ ဘာမျှ သိမ်းဆည်းမည်မဟုတ်ပါ။ ငြင်းဆိုပါက ကျေးဇူးတင်ကြောင်းပြောပြီး အင်တာဗျူးကို ပိတ်ပါ- ၎င်းကို ပယ်ဖျက်မည်။</translation>
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
            <translation type="unfinished">ပင်မ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="77" />
            <source>New interview</source>
            <translation type="unfinished">အင်တာဗျူးအသစ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="79" />
            <source>Records</source>
            <translation type="unfinished">မှတ်တမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="131" />
            <source>Language</source>
            <translation type="unfinished">ဘာသာစကား</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="132" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">ဘာသာစကားအသစ်ကို Lintas နောက်တစ်ကြိမ် ဖွင့်သည့်အခါ သုံးပါမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="153" />
            <source>Open a vault folder</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖိုင်တွဲ ဖွင့်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="184" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">စကားဝှက်အသစ် သတ်မှတ်ပြီးပါပြီ။ ၎င်းဖြင့် သိုလှောင်ရာကို ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="229" />
            <source>Loading the form…</source>
            <translation type="unfinished">ပုံစံကို ဖွင့်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="243" />
            <source>Loading the form</source>
            <translation type="unfinished">ပုံစံကို ဖွင့်နေသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="271" />
            <source>Interview</source>
            <translation type="unfinished">အင်တာဗျူး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="283" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">အင်တာဗျူးကို အပြီးသတ်၍ သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="27" />
            <source>&amp;Vault</source>
            <translation type="unfinished">သိုလှောင်ရာ(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>New vault…</source>
            <translation type="unfinished">သိုလှောင်ရာအသစ်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="32" />
            <source>Open vault…</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖွင့်ရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="35" />
            <source>Lock now</source>
            <translation type="unfinished">ယခု သော့ခတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="40" />
            <source>Quit</source>
            <translation type="unfinished">ထွက်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="44" />
            <source>&amp;Office</source>
            <translation type="unfinished">ရုံး(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>Users and roles…</source>
            <translation type="unfinished">အသုံးပြုသူများနှင့် အခန်းကဏ္ဍ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="50" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">ကျွန်ုပ်၏ စကားဝှက် ပြောင်းရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="54" />
            <source>Auto-lock…</source>
            <translation type="unfinished">အလိုအလျောက် သော့ခတ်ခြင်း…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="58" />
            <source>Privacy report…</source>
            <translation type="unfinished">ကိုယ်ရေးလုံခြုံမှု အစီရင်ခံစာ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="89" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">စကားဝှက် ပြောင်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas ကို သော့ခတ်ထားသည်။ ဆက်လုပ်ရန် ဒေတာသိုလှောင်ရာကို သော့ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;သွားရန်</translation>
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished">ဖိုင် ပူးတွဲရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="64" />
            <source>Attach a file</source>
            <translation type="unfinished">ဖိုင် ပူးတွဲခြင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="70" />
            <source>All files (*)</source>
            <translation type="unfinished">ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="84" />
            <source>Images</source>
            <translation type="unfinished">ပုံများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="85" />
            <source>Sound recordings</source>
            <translation type="unfinished">အသံသွင်းဖိုင်များ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="86" />
            <source>Videos</source>
            <translation type="unfinished">ဗီဒီယိုများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="99" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">ဤဖိုင်ကို ဖတ်၍မရပါ။ အခြားဖိုင်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">ဤဖိုင်သည် Lintas ပြသနိုင်သော ပုံ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="112" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">ဤဖိုင်သည် ဗလာဖြစ်နေသည်။ အခြားဖိုင်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="120" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">ဤဖိုင်သည် {size} MB ရှိသည်။ အများဆုံး {limit} MB သာ ပူးတွဲနိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="150" />
            <source>No file attached.</source>
            <translation type="unfinished">ဖိုင် မပူးတွဲရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="159" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (သိုလှောင်ရာတွင် သိမ်းထားသည်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="164" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished">{name}, {size} KB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished">ဖယ်ရှားရန်</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="34" />
            <source>New interview</source>
            <translation type="unfinished">အင်တာဗျူးအသစ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="37" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">ပုံစံတစ်ခု ရွေးပြီး စတင်ရန် Enter နှိပ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="42" />
            <source>Install a form…</source>
            <translation type="unfinished">ပုံစံ ထည့်သွင်းရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="46" />
            <source>Start interview</source>
            <translation type="unfinished">အင်တာဗျူး စတင်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="51" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">စောင့်ဆိုင်းနေသော မူကြမ်းများ (ဆက်လုပ်ရန် Enter နှိပ်ပါ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="82" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · {when} တွင် စတင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="92" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">ပုံစံ မထည့်သွင်းရသေးပါ။ ကြီးကြပ်သူက ထည့်သွင်းပါသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>Install a form</source>
            <translation type="unfinished">ပုံစံ ထည့်သွင်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="112" />
            <source>Reading {name}…</source>
            <translation type="unfinished">{name} ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="118" />
            <source>Installing the form</source>
            <translation type="unfinished">ပုံစံကို ထည့်သွင်းနေသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="122" />
            <source>The form was not installed</source>
            <translation type="unfinished">ပုံစံကို မထည့်သွင်းနိုင်ပါ</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="158" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">အများပြည်သူ (k = 5; အထိခိုက်လွယ်သော မေးခွန်းများ ပါလျှင် 11)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="159" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">ကန့်သတ် (k = 3; အထိခိုက်လွယ်သော မေးခွန်းများ ပါလျှင် 11)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="160" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">အတွင်းပိုင်း (ရုံးအတွင်း)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="171" />
            <source>Install a form first.</source>
            <translation type="unfinished">ပုံစံကို အရင် ထည့်သွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="173" />
            <source>Checking…</source>
            <translation type="unfinished">စစ်ဆေးနေသည်…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished">ကိုယ်ရေးလုံခြုံမှု အစီရင်ခံစာ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Checks whether an export of this form at this level would let a person be picked out (k-anonymity, l-diversity), before anything leaves the office.</source>
            <translation type="unfinished">ဤအဆင့်ဖြင့် ဤပုံစံကို ထုတ်ယူပါက လူတစ်ဦးကို ခွဲခြားသိနိုင်မလား (k-anonymity, l-diversity) ကို ရုံးမှ မထွက်ခင် စစ်ဆေးသည်။</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished">ပုံစံ:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished">အဆင့်:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="46" />
            <source>Check</source>
            <translation type="unfinished">စစ်ဆေးရန်</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="73" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="210" />
            <source>Record</source>
            <translation type="unfinished">မှတ်တမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="217" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="233" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">ထပ်နေနိုင်သော အင်တာဗျူးများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="251" />
            <source>Same person</source>
            <translation type="unfinished">လူတစ်ဦးတည်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="252" />
            <source>Different people</source>
            <translation type="unfinished">လူမတူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="261" />
            <source>not decided yet</source>
            <translation type="unfinished">မဆုံးဖြတ်ရသေး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="262" />
            <source>decided: the same person</source>
            <translation type="unfinished">ဆုံးဖြတ်ပြီး- လူတစ်ဦးတည်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="263" />
            <source>decided: different people</source>
            <translation type="unfinished">ဆုံးဖြတ်ပြီး- လူမတူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">မှတ်တမ်း {record} နှင့် သတ်မှတ်ချက်တူ၊ {when} တွင် တွေ့ရှိ- {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="276" />
            <source>Not done</source>
            <translation type="unfinished">မလုပ်ဆောင်နိုင်ပါ</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="104" />
            <source>Created</source>
            <translation type="unfinished">ဖန်တီးချိန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="105" />
            <source>Form</source>
            <translation type="unfinished">ပုံစံ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="106" />
            <source>Status</source>
            <translation type="unfinished">အခြေအနေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="107" />
            <source>Rev.</source>
            <translation type="unfinished">ပြင်ဆင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="108" />
            <source>By</source>
            <translation type="unfinished">ပြုလုပ်သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="109" />
            <source>Answers</source>
            <translation type="unfinished">အဖြေများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="110" />
            <source>Record id</source>
            <translation type="unfinished">မှတ်တမ်း အမှတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="113" />
            <source>draft</source>
            <translation type="unfinished">မူကြမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="114" />
            <source>final</source>
            <translation type="unfinished">အပြီးသတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="115" />
            <source>void</source>
            <translation type="unfinished">ပယ်ဖျက်ပြီး</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="46" />
            <source>Records</source>
            <translation type="unfinished">မှတ်တမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="69" />
            <source>Search…</source>
            <translation type="unfinished">ရှာဖွေရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="74" />
            <source>Any status</source>
            <translation type="unfinished">အခြေအနေ အားလုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="76" />
            <source>Drafts</source>
            <translation type="unfinished">မူကြမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="77" />
            <source>Final</source>
            <translation type="unfinished">အပြီးသတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="78" />
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>Void</source>
            <translation type="unfinished">ပယ်ဖျက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <source>Since</source>
            <translation type="unfinished">မှစ၍</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="97" />
            <source>View</source>
            <translation type="unfinished">ကြည့်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="98" />
            <source>Edit as new revision</source>
            <translation type="unfinished">ပြင်ဆင်ချက်အသစ်အဖြစ် ပြင်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="99" />
            <source>Finalise</source>
            <translation type="unfinished">အပြီးသတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="100" />
            <source>Void…</source>
            <translation type="unfinished">ပယ်ဖျက်ရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="119" />
            <source>Any form</source>
            <translation type="unfinished">ပုံစံ အားလုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="120" />
            <source>Any user</source>
            <translation type="unfinished">အသုံးပြုသူ အားလုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>{count} records match.</source>
            <translation type="unfinished">ကိုက်ညီသော မှတ်တမ်း {count} ခု။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">ပယ်ဖျက်ပြီး မှတ်တမ်းကို ပြင်၍မရပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="185" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">မှတ်တမ်း {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="200" />
            <source>Not done</source>
            <translation type="unfinished">မလုပ်ဆောင်နိုင်ပါ</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="146" />
            <source>The vault folder</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="153" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">စကားဝှက် နှစ်ခု မတူပါ။ ထပ်ရိုက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished">ပြန်လည်ရယူရေး သော့ဖြင့် ပြန်ယူရန်</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished">ပြန်လည်ရယူရေး သော့ကို ပုံနှိပ်ထားသည့်အတိုင်း ရိုက်ပြီး သင့်အသုံးပြုသူအတွက် စကားဝှက်အသစ် ရွေးပါ။ သိုလှောင်ရာရှိ ဒေတာ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖိုင်:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">ရွေးရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished">ပြန်လည်ရယူရေး သော့:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished">အသုံးပြုသူ:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished">စကားဝှက်အသစ်:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished">စကားဝှက်အသစ် ထပ်မံ:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">ခိုင်မာမှု:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished">ပြန်ယူရန်</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished">ရုံး: {office}
သိုလှောင်ရာ: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished">Lintas သိုလှောင်ရာ ပြန်လည်ရယူရေး သော့</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished">ဤသော့ ရှိသူမည်သူမဆို သိုလှောင်ရာကို ဖွင့်နိုင်သည်။ ကွန်ပျူတာနှင့် သီးခြား သော့ခတ်၍ သိမ်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished">ပြန်လည်ရယူရေး သော့ကို PDF အဖြစ် သိမ်းရန်</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished">သင်၏ ပြန်လည်ရယူရေး သော့</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished">ဤသော့ကို တစ်ကြိမ်သာ ပြသည်။ ၎င်းဖြင့် မည်သူမဆို သိုလှောင်ရာကို ဖွင့်နိုင်ပြီး ၎င်းမရှိလျှင် မေ့သွားသော စကားဝှက်ကို ပြန်ဖြေ၍ မရပါ။ ပုံနှိပ်ပါ သို့မဟုတ် PDF အဖြစ် သိမ်းပြီး ဤကွန်ပျူတာနှင့် ဝေးရာတွင် သော့ခတ်ထားပါ။</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished">ပုံနှိပ်ရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished">PDF အဖြစ် သိမ်းရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished">ပြန်လည်ရယူရေး သော့ကို ပုံနှိပ် သို့မဟုတ် သိမ်းပြီး လုံခြုံစွာ ထိန်းသိမ်းပါမည်။</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished">ဆက်လုပ်ရန်</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished">အပြီးမသတ်မီ ပြန်စစ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="42" />
            <source>Finalise interview</source>
            <translation type="unfinished">အင်တာဗျူးကို အပြီးသတ်ရန်</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="63" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>ဤအင်တာဗျူးကို အပြီးမသတ်မီ ပြင်ရန် ပြဿနာ %n ခု ရှိသည်။</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="70" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">ပြဿနာ မရှိပါ။ သတိပေးချက်များကို စစ်ပါ- အပြီးသတ်ပါက စာသားကို ရှိသည့်အတိုင်း သိမ်းပါမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="73" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">ပြဿနာ မရှိပါ။ အင်တာဗျူးကို အပြီးသတ်နိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">အမှတ်အသားပြထားသော အဖြေများကို စစ်ဆေးပြီးပါပြီ- အမည်၊ နံပါတ် သို့မဟုတ် လိပ်စာ မပါဝင်ပါ</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="15" />
            <source>Too short</source>
            <translation type="unfinished">တိုလွန်းသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="16" />
            <source>Weak</source>
            <translation type="unfinished">အားနည်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="17" />
            <source>Fair</source>
            <translation type="unfinished">သင့်တင့်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="18" />
            <source>Good</source>
            <translation type="unfinished">ကောင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="19" />
            <source>Strong</source>
            <translation type="unfinished">ခိုင်မာ</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <source>an e-mail address</source>
            <translation type="unfinished">အီးမေးလ်လိပ်စာ</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation type="unfinished">ဝက်ဘ်လိပ်စာ</translation>
        </message>
        <message>
            <source>an ID card number</source>
            <translation type="unfinished">သက်သေခံကတ်နံပါတ်</translation>
        </message>
        <message>
            <source>a passport number</source>
            <translation type="unfinished">နိုင်ငံကူးလက်မှတ်နံပါတ်</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">ဖုန်းနံပါတ်</translation>
        </message>
        <message>
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">ဂဏန်းအရှည် (မှတ်ပုံတင် သို့မဟုတ် ဘဏ်စာရင်းနံပါတ်)</translation>
        </message>
        <message>
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">ဤအဖြေတွင် {kinds} ပါဝင်ပုံရသည်။ Lintas က ၎င်းကို မသိမ်းဆည်းရပါ။ ဖုံးကွယ်ရန် ကိုနှိပ်ပါ သို့မဟုတ် အဖြေကို ပြင်ပါ။</translation>
        </message>
        <message>
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">ဤမြန်မာစာကို ဇော်ဂျီဖြင့် ရိုက်ထားသည်။ {button} က ၎င်းကို ယူနီကုဒ်သို့ ပြောင်းပေးသည်။</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation type="unfinished">၊ </translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation type="unfinished">{items} နှင့် {last}</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished">ဖုံးကွယ်ရန်</translation>
        </message>
        <message>
            <source>Convert to Unicode</source>
            <translation type="unfinished">ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="93" />
            <source>Vault: {path}</source>
            <translation type="unfinished">သိုလှောင်ရာ: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="106" />
            <source>Pick your user name.</source>
            <translation type="unfinished">သင့်အသုံးပြုသူအမည် ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished">သိုလှောင်ရာကို ဖွင့်ရန်</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished">အသုံးပြုသူ:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished">စကားဝှက်:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="67" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">စကားဝှက် မေ့သွားသည်…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="72" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="77" />
            <source>Unlock</source>
            <translation type="unfinished">ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished">ဤကွန်ပျူတာတွင် ကျွန်ုပ်၏အမည်နှင့် ဤသိုလှောင်ရာကို မှတ်ထားပါ</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished">အသုံးပြုသူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished">အခန်းကဏ္ဍ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished">ထည့်သည့်ရက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Enumerator</source>
            <translation type="unfinished">စာရင်းကောက်သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Supervisor</source>
            <translation type="unfinished">ကြီးကြပ်သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="107" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">ဖယ်ရှားမည့် အသုံးပြုသူကို အရင်ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished">အသုံးပြုသူများနှင့် အခန်းကဏ္ဍ</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished">အသုံးပြုသူ ထည့်ရန်</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished">အသုံးပြုသူအမည်:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished">အခန်းကဏ္ဍ:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished">၎င်းတို့၏ စကားဝှက်:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished">အသုံးပြုသူ ထည့်ရန်</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished">ရွေးထားသော အသုံးပြုသူကို ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="26" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">မှတ်တမ်းကို ပယ်ဖျက်ရသည့် အကြောင်းရင်းကို စကားအနည်းငယ်ဖြင့် ရေးပါ။</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished">ဖုံးကွယ်ရန်</translation>
        </message>
        <message>
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished">ဤအကြောင်းပြချက်တွင် ဖုန်းနံပါတ်၊ အီးမေးလ်၊ ဝက်ဘ်လိပ်စာ သို့မဟုတ် စာရွက်စာတမ်းနံပါတ် ပါဝင်ပုံရသည်။ Lintas သည် ၎င်းတို့ကို ဘယ်တော့မှ မသိမ်းဆည်းပါ- ဖုံးကွယ်ရန် ကိုနှိပ်ပါ သို့မဟုတ် ၎င်းတို့မပါဘဲ ရေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished">မှတ်တမ်း ပယ်ဖျက်ရန်</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished">ဤမှတ်တမ်းကို အဘယ်ကြောင့် ပယ်ဖျက်သနည်း။ အကြောင်းရင်းကို စစ်ဆေးမှတ်တမ်းတွင် သိမ်းထားပါမည်။</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="46" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="51" />
            <source>Void record</source>
            <translation type="unfinished">မှတ်တမ်း ပယ်ဖျက်ရန်</translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished">Lintas မှ ကြိုဆိုပါသည်</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished">Lintas သည် ရွှေ့ပြောင်းအလုပ်သမား စစ်တမ်းမှတ်တမ်းများကို ဤကွန်ပျူတာပေါ်ရှိ ကုဒ်ဝှက်ထားသော သိုလှောင်ရာတွင် သိမ်းသည်။ သင့်ရုံးအတွက် သိုလှောင်ရာအသစ် ဖန်တီးပါ သို့မဟုတ် ရှိပြီးသားကို ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished">သိုလှောင်ရာအသစ် ဖန်တီးရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished">ရှိပြီးသား သိုလှောင်ရာ ဖွင့်ရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished">ပြန်လည်ရယူရေး သော့ဖြင့် ပြန်ယူရန်…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished">အက်ပ်၏ ဘာသာစကား:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished">မမျှော်လင့်ထားသော ပြဿနာ</translation>
        </message>
    </context>
</TS>