<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
    <context>
        <name>AutoLockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="168" />
            <source>The longest delay for this vault is {minutes} minutes, set by a supervisor. You can choose a shorter one.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာအတွက် အကြာဆုံးအချိန်မှာ ကြီးကြပ်သူ သတ်မှတ်ထားသော {minutes} မိနစ် ဖြစ်သည်။ ပိုတိုသောအချိန်ကို ရွေးနိုင်သည်။</translation>
        </message>
    </context>
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
            <location filename="../../ui/autolock.ui" line="82" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="87" />
            <source>Save</source>
            <translation type="unfinished">သိမ်းရန်</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="47" />
            <source>Longest for every user (minutes):</source>
            <translation type="unfinished">အသုံးပြုသူအားလုံးအတွက် အကြာဆုံး (မိနစ်):</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="55" />
            <source>No limit</source>
            <translation type="unfinished">ကန့်သတ်ချက်မရှိ</translation>
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
            <location filename="../../src/lintas/gui/entry/choices.py" line="317" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">စာရင်းထဲမှ တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="260" />
            <source>No choice matches.</source>
            <translation type="unfinished">ကိုက်ညီသော ရွေးချယ်စရာ မရှိပါ။</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="72" />
            <source>Conflicts</source>
            <translation type="unfinished">ကွဲလွဲမှုများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="75" />
            <source>Records that arrived with other content</source>
            <translation type="unfinished">အကြောင်းအရာ ကွဲပြားစွာ ရောက်လာသော မှတ်တမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="80" />
            <source>The same revision of a record reads differently here and at another office. Nothing was overwritten. Compare the two and keep one: the other stays in the record's history.</source>
            <translation type="unfinished">မှတ်တမ်းတစ်ခု၏ ပြင်ဆင်မှုတူတစ်ခုသည် ဤနေရာနှင့် အခြားရုံးတွင် မတူညီပါ။ မည်သည့်အရာမျှ ထပ်ရေး မခံရပါ။ နှစ်ခုကို နှိုင်းယှဉ်ပြီး တစ်ခုကို ထားပါ- ကျန်တစ်ခုသည် မှတ်တမ်း၏ သမိုင်းတွင် ကျန်ရှိသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Record</source>
            <translation type="unfinished">မှတ်တမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>From</source>
            <translation type="unfinished">ပေးပို့သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="89" />
            <source>Found on</source>
            <translation type="unfinished">တွေ့ရှိသည့်ရက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="146" />
            <source>Question</source>
            <translation type="unfinished">မေးခွန်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Here</source>
            <translation type="unfinished">ဤနေရာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="92" />
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="129" />
            <source>Incoming</source>
            <translation type="unfinished">ဝင်လာသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="102" />
            <source>Keep the version &amp;here</source>
            <translation type="unfinished">ဤနေရာရှိ မူကို ထားရန်(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="103" />
            <source>Keep the &amp;incoming version</source>
            <translation type="unfinished">ဝင်လာသော မူကို ထားရန်(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="104" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="131" />
            <source>No conflicts wait.</source>
            <translation type="unfinished">စောင့်နေသော ကွဲလွဲမှု မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="147" />
            <source>Here (revision {number}, {date})</source>
            <translation type="unfinished">ဤနေရာ (ပြင်ဆင်မှု {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="150" />
            <source>From {office} (revision {number}, {date})</source>
            <translation type="unfinished">{office} မှ (ပြင်ဆင်မှု {number}, {date})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="157" />
            <source>Status</source>
            <translation type="unfinished">အခြေအနေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="172" />
            <source>Record {uuid}. Answers that differ (marked): {count}</source>
            <translation type="unfinished">မှတ်တမ်း {uuid}။ ကွဲပြားသော အဖြေများ (အမှတ်အသားပြထား)- {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="189" />
            <source>Kept the version here for record {uuid}.</source>
            <translation type="unfinished">မှတ်တမ်း {uuid} အတွက် ဤနေရာရှိ မူကို ထားလိုက်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/conflicts.py" line="191" />
            <source>Kept the incoming version for record {uuid}, as a new revision.</source>
            <translation type="unfinished">မှတ်တမ်း {uuid} အတွက် ဝင်လာသော မူကို ပြင်ဆင်မှုအသစ်အဖြစ် ထားလိုက်သည်။</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="34" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">သိုလှောင်ရာအသစ်အတွက် ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">သိုလှောင်ရာကို ထားမည့်နေရာ ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">ထိုနေရာတွင် တစ်ခုခု ရှိပြီးသားပါ။ ဖိုင်တွဲအမည်သစ် ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the office name.</source>
            <translation type="unfinished">ရုံးအမည် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">ကြီးကြပ်သူ၏ အသုံးပြုသူအမည် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="50" />
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
            <location filename="../../src/lintas/gui/entry/blocks.py" line="179" />
            <source>Add another: {name}</source>
            <translation type="unfinished">နောက်တစ်ခု ထည့်ရန်: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="228" />
            <location filename="../../src/lintas/gui/entry/view.py" line="230" />
            <source>Remove</source>
            <translation type="unfinished">ဖယ်ရှားရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="316" />
            <source>More questions</source>
            <translation type="unfinished">နောက်ထပ် မေးခွန်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="92" />
            <source>Review and finalise</source>
            <translation type="unfinished">ပြန်စစ်ပြီး အပြီးသတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="98" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">မူကြမ်း သိမ်းရန် (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="102" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">ပြန်စစ်ရန် (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="231" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">{address} နှင့် ၎င်း၏ အဖြေအားလုံးကို ဖယ်ရှားမလား။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="314" />
            <source>Saved at {time}</source>
            <translation type="unfinished">{time} တွင် သိမ်းပြီး</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="24" />
            <source>&amp;Send to…</source>
            <translation type="unfinished">ပို့ရန်…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="27" />
            <source>&amp;Receive bundle…</source>
            <translation type="unfinished">ဒေတာအထုပ် လက်ခံရန်…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="30" />
            <source>Recei&amp;pts…</source>
            <translation type="unfinished">လက်ခံဖြတ်ပိုင်းများ…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="31" />
            <source>P&amp;eers…</source>
            <translation type="unfinished">ဆက်သွယ်သည့် ရုံးများ…(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/menu.py" line="34" />
            <source>&amp;Conflicts…</source>
            <translation type="unfinished">ကွဲလွဲမှုများ…(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="17" />
            <source>Bundle {number} for {office} is saved to {path}.</source>
            <translation type="unfinished">{office} အတွက် ဒေတာအထုပ် {number} ကို {path} တွင် သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="23" />
            <location filename="../../src/lintas/gui/exchange/texts.py" line="122" />
            <source>Records in it: {count}</source>
            <translation type="unfinished">ပါဝင်သော မှတ်တမ်း- {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="30" />
            <source>It is split into {count} parts for e-mail: {names}. Send every part; the office receives them in any order, and nothing is imported until all are there.</source>
            <translation type="unfinished">၎င်းကို အီးမေးလ်အတွက် အပိုင်း {count} ပိုင်း ခွဲထားသည်- {names}။ အပိုင်းတိုင်းကို ပို့ပါ၊ ရုံးက မည်သည့်အစီအစဉ်ဖြင့်မဆို လက်ခံနိုင်ပြီး အားလုံး မရောက်မချင်း ဘာမျှ မသွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="40" />
            <source>They hold every record already; the bundle only carries news of revoked offices.</source>
            <translation type="unfinished">၎င်းတို့တွင် မှတ်တမ်းအားလုံး ရှိပြီးဖြစ်သည်၊ ဤအထုပ်တွင် ရုပ်သိမ်းထားသော ရုံးများ၏ သတင်းသာ ပါသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="46" />
            <source>Take the file to them on a USB stick or send it by e-mail: only they can open it. When their receipt comes back, open it with Office → Receive bundle.</source>
            <translation type="unfinished">ဖိုင်ကို USB ဖြင့် ယူသွားပါ သို့မဟုတ် အီးမေးလ်ဖြင့် ပို့ပါ- ၎င်းတို့သာ ဖွင့်နိုင်သည်။ ၎င်းတို့၏ လက်ခံဖြတ်ပိုင်း ပြန်ရောက်လာလျှင် ရုံး → ဒေတာအထုပ် လက်ခံရန် ဖြင့် ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="60" />
            <source>This vault already uses the regional key {key} of {office}.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာသည် {office} ၏ ဒေသဆိုင်ရာ သော့ {key} ကို သုံးပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="67" />
            <source>This vault now uses the regional key {key} of {office}. Pseudonyms made from now on match those of the other offices that use it.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာသည် ယခု {office} ၏ ဒေသဆိုင်ရာ သော့ {key} ကို သုံးသည်။ ယခုမှစ၍ ပြုလုပ်သော အမည်ဝှက်များသည် ၎င်းကို သုံးသော အခြားရုံးများနှင့် ကိုက်ညီမည်။</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="77" />
            <source>It replaced the key {key}: the %n pseudonyms made under that key will not match those made from now on.</source>
            <translation type="unfinished">
                <numerusform>၎င်းသည် သော့ {key} ကို အစားထိုးခဲ့သည်- ထိုသော့ဖြင့် ပြုလုပ်ထားသော အမည်ဝှက် %n ခုသည် ယခုမှစ၍ ပြုလုပ်သည့်အရာများနှင့် မကိုက်ညီပါ။</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="94" />
            <source>This receipt from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">{office} မှ ဤလက်ခံဖြတ်ပိုင်းကို လက်ခံပြီးဖြစ်သည်။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="99" />
            <source>{office} confirms that it holds {count} records sent from here.</source>
            <translation type="unfinished">{office} က ဤနေရာမှ ပို့ထားသော မှတ်တမ်း {count} ခု ရှိကြောင်း အတည်ပြုသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="107" />
            <source>Bundle {number} from {office} was received already. Nothing was changed.</source>
            <translation type="unfinished">{office} မှ ဒေတာအထုပ် {number} ကို လက်ခံပြီးဖြစ်သည်။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="116" />
            <source>Bundle {number} from {office} arrived.</source>
            <translation type="unfinished">{office} မှ ဒေတာအထုပ် {number} ရောက်ရှိလာသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="125" />
            <source>New here: {count}</source>
            <translation type="unfinished">ဤနေရာတွင် အသစ်- {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="127" />
            <source>Newer revisions of records held here: {count}</source>
            <translation type="unfinished">ဤနေရာရှိ မှတ်တမ်းများ၏ ပိုသစ်သော ပြင်ဆင်မှု- {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="133" />
            <source>Already here, unchanged: {count}</source>
            <translation type="unfinished">ရှိပြီးသား၊ မပြောင်းလဲ- {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="139" />
            <source>In conflict: {count}. These came with other content than the same revision here. Nothing was overwritten: choose which to keep under Office → Conflicts.</source>
            <translation type="unfinished">ကွဲလွဲမှု- {count}။ ၎င်းတို့သည် ဤနေရာရှိ ပြင်ဆင်မှုတူနှင့် မတူသော အကြောင်းအရာဖြင့် ရောက်လာသည်။ မည်သည့်အရာမျှ ထပ်ရေး မခံရပါ- ရုံး → ကွဲလွဲမှုများ တွင် မည်သည့်မူကို ထားမည် ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="147" />
            <source>No conflicts.</source>
            <translation type="unfinished">ကွဲလွဲမှု မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="151" />
            <source>Bundles from {office} that have not arrived yet: {numbers}.</source>
            <translation type="unfinished">{office} မှ မရောက်သေးသော ဒေတာအထုပ်များ- {numbers}။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="159" />
            <source>Warning: {text}</source>
            <translation type="unfinished">သတိပေးချက်- {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="165" />
            <source>A receipt for {office} is saved to {path}. Send it back so that they know what arrived.</source>
            <translation type="unfinished">{office} အတွက် လက်ခံဖြတ်ပိုင်းကို {path} တွင် သိမ်းပြီးပါပြီ။ ဘာရောက်လာသည်ကို သိစေရန် ပြန်ပို့ပါ။</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/texts.py" line="179" />
            <source>Nothing was changed. This vault already made %n pseudonyms under its regional key {old}. The key {new} of {office} would replace it, and pseudonyms made under one key never match those made under another. Keep the current key, unless the hub says that every office changes to its key: then choose Replace the regional key anyway.</source>
            <translation type="unfinished">
                <numerusform>ဘာမှ မပြောင်းလဲပါ။ ဤသိုလှောင်ရာသည် ၎င်း၏ ဒေသဆိုင်ရာ သော့ {old} ဖြင့် အမည်ဝှက် %n ခု ပြုလုပ်ပြီးဖြစ်သည်။ {office} ၏ သော့ {new} က ၎င်းကို အစားထိုးမည်ဖြစ်ပြီး သော့တစ်ခုဖြင့် ပြုလုပ်သော အမည်ဝှက်များသည် အခြားသော့ဖြင့် ပြုလုပ်သည့်အရာများနှင့် ဘယ်တော့မှ မကိုက်ညီပါ။ ရုံးအားလုံး ၎င်း၏ သော့သို့ ပြောင်းသည်ဟု ဗဟိုရုံးက မပြောလျှင် လက်ရှိ သော့ကို ဆက်ထားပါ- ပြောလျှင် ဒေသဆိုင်ရာ သော့ကို မည်သို့ပင်ဖြစ်စေ အစားထိုးရန် ကို ရွေးပါ။</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="198" />
            <source>The file was refused. Nothing was imported: this vault is unchanged.</source>
            <translation type="unfinished">ဖိုင်ကို ငြင်းပယ်လိုက်သည်။ ဘာမျှ မသွင်းပါ- ဤသိုလှောင်ရာ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="202" />
            <source>Reason: {text}</source>
            <translation type="unfinished">အကြောင်းရင်း- {text}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="205" />
            <source>Ask the sender for a fresh copy, and check that it was made for this office.</source>
            <translation type="unfinished">ပို့သူထံမှ မိတ္တူအသစ် တောင်းပါ၊ ဤရုံးအတွက် ပြုလုပ်ထားကြောင်း စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/texts.py" line="214" />
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished">မလုပ်တော့ပါ။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="49" />
            <source>Internal: every answer except identifiers, for this office</source>
            <translation type="unfinished">အတွင်းပိုင်း: ကိုယ်ရေးသိနိုင်သည့် အချက်များမှလွဲ၍ အဖြေအားလုံး၊ ဤရုံးအတွက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="50" />
            <source>Restricted: for licensed researchers, recoded and checked</source>
            <translation type="unfinished">ကန့်သတ်: ခွင့်ပြုချက်ရ သုတေသီများအတွက်၊ ကုဒ်ပြန်စီပြီး စစ်ဆေးပြီး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="51" />
            <source>Public: tables and a few coarse variables, for anyone</source>
            <translation type="unfinished">အများပြည်သူ: ဇယားများနှင့် ကြမ်းသော ကိန်းရှင်အနည်းငယ်၊ မည်သူမဆိုအတွက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="56" />
            <source>Final interviews only</source>
            <translation type="unfinished">အပြီးသတ် အင်တာဗျူးများသာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="57" />
            <source>All interviews (drafts, final and void)</source>
            <translation type="unfinished">အင်တာဗျူးအားလုံး (မူကြမ်း၊ အပြီးသတ်နှင့် ပယ်ဖျက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="58" />
            <source>Drafts only</source>
            <translation type="unfinished">မူကြမ်းများသာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="59" />
            <source>Void records only</source>
            <translation type="unfinished">ပယ်ဖျက်ထားသော မှတ်တမ်းများသာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="64" />
            <source>Excel workbook (.xlsx), the standard Lintas workbook</source>
            <translation type="unfinished">Excel workbook (.xlsx)၊ Lintas ၏ စံ workbook</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="65" />
            <source>SPSS (.sav files in a .zip)</source>
            <translation type="unfinished">SPSS (.zip ထဲရှိ .sav ဖိုင်များ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="66" />
            <source>Stata (.dta files in a .zip)</source>
            <translation type="unfinished">Stata (.zip ထဲရှိ .dta ဖိုင်များ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="67" />
            <source>CSV (UTF-8 files in a .zip, for R and Python)</source>
            <translation type="unfinished">CSV (.zip ထဲရှိ UTF-8 ဖိုင်များ၊ R နှင့် Python အတွက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="76" />
            <source>Save as &amp;named export…</source>
            <translation type="unfinished">အမည်ပေးထားသော ထုတ်ယူမှုအဖြစ် သိမ်းရန်(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="80" />
            <source>Chec&amp;k what this level keeps</source>
            <translation type="unfinished">ဤအဆင့်က ထားရှိသည်ကို စစ်ရန်(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="106" />
            <source>Codes (as stored)</source>
            <translation type="unfinished">ကုဒ်များ (သိမ်းထားသည့်အတိုင်း)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="109" />
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="207" />
            <source>Install a form first.</source>
            <translation type="unfinished">ပုံစံကို အရင် ထည့်သွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="154" />
            <source>Everything the office holds, without identifier questions (names, document numbers). Keep it inside the office.</source>
            <translation type="unfinished">ရုံးတွင်ရှိသမျှ၊ ကိုယ်ရေးသိနိုင်သည့် မေးခွန်းများ (အမည်၊ စာရွက်စာတမ်းနံပါတ်) မပါ။ ရုံးအတွင်း၌သာ ထားပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="158" />
            <source>Only the declared variables, recoded so that no person can be picked out.</source>
            <translation type="unfinished">ကြေညာထားသော ကိန်းရှင်များသာ၊ မည်သူ့ကိုမျှ ခွဲခြားမသိနိုင်အောင် ကုဒ်ပြန်စီထားသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="160" />
            <source>The standard tables and sex, age band, citizenship and flow type.</source>
            <translation type="unfinished">စံဇယားများနှင့် ကျား/မ၊ အသက်အုပ်စု၊ နိုင်ငံသားနှင့် ရွှေ့ပြောင်းမှုအမျိုးအစား။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished">Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="192" />
            <source>Zip (*.zip)</source>
            <translation type="unfinished">Zip ဖိုင် (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="194" />
            <source>Export to</source>
            <translation type="unfinished">ထုတ်ယူရန် နေရာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="210" />
            <source>Choose where to save the file.</source>
            <translation type="unfinished">ဖိုင်သိမ်းမည့်နေရာကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="213" />
            <source>The folder {folder} does not exist. Choose another.</source>
            <translation type="unfinished">{folder} ဖိုင်တွဲ မရှိပါ။ အခြားတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="217" />
            <source>The file name must end in {suffix} for this format.</source>
            <translation type="unfinished">ဤပုံစံအတွက် ဖိုင်အမည်သည် {suffix} ဖြင့် ဆုံးရမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="221" />
            <source>The two passwords are not the same. Type them again.</source>
            <translation type="unfinished">စကားဝှက် နှစ်ခု မတူပါ။ ထပ်ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="223" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">ပထမရက်စွဲသည် နောက်ဆုံးရက်စွဲထက် နောက်ကျနေသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="239" />
            <source>Exporting…</source>
            <translation type="unfinished">ထုတ်ယူနေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="251" />
            <source>Replace the file?</source>
            <translation type="unfinished">ဖိုင်ကို အစားထိုးမလား။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="252" />
            <source>{file} is already there. Replace it?</source>
            <translation type="unfinished">{file} ရှိပြီးသား ဖြစ်သည်။ အစားထိုးမလား။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="269" />
            <source>Stopping…</source>
            <translation type="unfinished">ရပ်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="282" />
            <source>Exported {count} interviews of {form} ({level} level).</source>
            <translation type="unfinished">{form} ၏ အင်တာဗျူး {count} ခုကို ထုတ်ယူပြီး ({level} အဆင့်)။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="285" />
            <source>The file is {path}</source>
            <translation type="unfinished">ဖိုင်သည် {path} တွင် ရှိသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="290" />
            <source>It has a password: give the password to the ministry another way.</source>
            <translation type="unfinished">စကားဝှက် ပါသည်- ဝန်ကြီးဌာနသို့ စကားဝှက်ကို အခြားနည်းဖြင့် ပေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="293" />
            <source>The zip holds one file per sheet, a README and the codebook.</source>
            <translation type="unfinished">zip ထဲတွင် စာမျက်နှာတစ်ခုလျှင် ဖိုင်တစ်ခု၊ README နှင့် ကုဒ်စာအုပ် ပါသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="294" />
            <source>Checksum (SHA-256): {digest}</source>
            <translation type="unfinished">စစ်ဆေးကိန်း (SHA-256): {digest}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="303" />
            <source>Every combination of the identifying answers is shared by at least {k} interviews (the aim is {target}); {removed} interviews were left out to reach it.</source>
            <translation type="unfinished">ခွဲခြားသိနိုင်သော အဖြေပေါင်းစပ်မှုတိုင်းကို အနည်းဆုံး အင်တာဗျူး {k} ခုက မျှဝေသည် (ပန်းတိုင် {target})၊ ထိုသို့ရရန် အင်တာဗျူး {removed} ခုကို ချန်ထားခဲ့သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="315" />
            <source>The question that loses most, {name}, keeps {share} of its answers.</source>
            <translation type="unfinished">အများဆုံး ဆုံးရှုံးသော မေးခွန်း {name} သည် ၎င်း၏ အဖြေ {share} ကို ထားရှိသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="325" />
            <source>Checking…</source>
            <translation type="unfinished">စစ်ဆေးနေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="348" />
            <source>{level} level: {count} interviews would be exported, with {columns} question columns.</source>
            <translation type="unfinished">{level} အဆင့်: အင်တာဗျူး {count} ခုကို မေးခွန်းကော်လံ {columns} ခုဖြင့် ထုတ်ယူမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="354" />
            <source>Not published at this level: {names}.</source>
            <translation type="unfinished">ဤအဆင့်တွင် မထုတ်ပြန်ပါ: {names}။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="371" />
            <source>Export cancelled. No file was written.</source>
            <translation type="unfinished">ထုတ်ယူမှုကို ရပ်လိုက်သည်။ ဖိုင် မရေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="406" />
            <source>Save as named export</source>
            <translation type="unfinished">အမည်ပေးထားသော ထုတ်ယူမှုအဖြစ် သိမ်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="407" />
            <source>Name (for example: Monthly to the Ministry of Labour):</source>
            <translation type="unfinished">အမည် (ဥပမာ- အလုပ်သမားဝန်ကြီးဌာနသို့ လစဉ်):</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/export_dialog.py" line="428" />
            <source>Saved as '{name}'. The command line makes the same export with lintas export VAULT FILE --preset "{name}".</source>
            <translation type="unfinished">'{name}' အဖြစ် သိမ်းပြီး။ command line တွင် lintas export VAULT FILE --preset "{name}" ဖြင့် အလားတူ ထုတ်ယူနိုင်သည်။</translation>
        </message>
    </context>
    <context>
        <name>ExportForm</name>
        <message>
            <location filename="../../ui/export.ui" line="6" />
            <location filename="../../ui/export.ui" line="10" />
            <source>Export</source>
            <translation type="unfinished">ထုတ်ယူရန်</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="16" />
            <source>Writes the interviews of one form to a file for the ministry or for analysis. Identifier questions are never exported.</source>
            <translation type="unfinished">ပုံစံတစ်ခု၏ အင်တာဗျူးများကို ဝန်ကြီးဌာန သို့မဟုတ် ခွဲခြမ်းစိတ်ဖြာမှုအတွက် ဖိုင်တစ်ခုထဲ ရေးသည်။ ကိုယ်ရေးသိနိုင်သည့် မေးခွန်းများကို ဘယ်တော့မှ မထုတ်ယူပါ။</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="24" />
            <source>&amp;Form:</source>
            <translation type="unfinished">ပုံစံ(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="33" />
            <source>&amp;Level:</source>
            <translation type="unfinished">အဆင့်(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="48" />
            <source>La&amp;bels:</source>
            <translation type="unfinished">အညွှန်းများ(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="57" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">ရက်စွဲများသာ(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="70" />
            <source>to</source>
            <translation type="unfinished">မှ</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="89" />
            <source>&amp;Status:</source>
            <translation type="unfinished">အခြေအနေ(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="98" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished">ဖိုင်ပုံစံ(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="107" />
            <source>&amp;Password:</source>
            <translation type="unfinished">စကားဝှက်(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="114" />
            <source>Optional. Excel and LibreOffice will ask for it.</source>
            <translation type="unfinished">မဖြစ်မနေ မဟုတ်ပါ။ Excel နှင့် LibreOffice က တောင်းပါမည်။</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="119" />
            <source>Confir&amp;m password:</source>
            <translation type="unfinished">စကားဝှက် အတည်ပြု(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="130" />
            <source>Save &amp;to:</source>
            <translation type="unfinished">သိမ်းမည့်နေရာ(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="141" />
            <source>Bro&amp;wse…</source>
            <translation type="unfinished">ရှာဖွေရန်(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="176" />
            <source>&amp;Export</source>
            <translation type="unfinished">ထုတ်ယူရန်(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="182" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/export.ui" line="188" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="180" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">ရိုက်နေစဉ် ဖုံးထားပြီး မည်သည့်အခါမှ မသိမ်းပါ- အမည်ဝှက်ကိုသာ သိမ်းသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="195" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">ဤအဖြေကို ဤနေရာတွင် ခွင့်မပြုပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="337" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">ရက်စွဲနှင့် အချိန်ကို {format} ပုံစံဖြင့် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="341" />
            <source>Type a number.</source>
            <translation type="unfinished">နံပါတ် ရိုက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="288" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} သည် ထိုင်း ဗုဒ္ဓသက္ကရာဇ် ဖြစ်ပုံရသည်- {gregorian} ကို သုံးပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="354" />
            <source>OK</source>
            <translation type="unfinished">အိုကေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the recording</source>
            <translation type="unfinished">အသံဖိုင်ကို ဖွင့်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Play the video</source>
            <translation type="unfinished">ဗီဒီယိုကို ဖွင့်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>Opens {file} with this computer's player.</source>
            <translation type="unfinished">{file} ကို ဤကွန်ပျူတာ၏ ဖွင့်စက်ဖြင့် ဖွင့်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: no program for it is installed. The question's text is shown; read it to the respondent.</source>
            <translation type="unfinished">ဤကွန်ပျူတာသည် {file} ကို ဖွင့်၍မရပါ။ ၎င်းအတွက် ပရိုဂရမ် ထည့်သွင်းမထားပါ။ မေးခွန်းစာသားကို ပြထားဆဲဖြစ်သည်၊ ဖြေဆိုသူအား ဖတ်ပြပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="0" />
            <source>This computer could not play {file}: it could not be copied to the temporary folder (the disk may be full). Free some disk space and try again; until then, read the question's text to the respondent.</source>
            <translation type="unfinished">ဤကွန်ပျူတာသည် {file} ကို ဖွင့်၍မရပါ- ယာယီဖိုဒါထဲသို့ ကူးယူ၍မရပါ (ဒစ်ခ် ပြည့်နေနိုင်သည်)။ ဒစ်ခ်နေရာလွတ် ပြုလုပ်ပြီး ထပ်စမ်းကြည့်ပါ။ ထိုအတောအတွင်း မေးခွန်းစာသားကို ဖြေဆိုသူအား ဖတ်ပြပါ။</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45'N 100°30'E</source>
            <translation type="unfinished">လတ္တီတွဒ်, လောင်ဂျီတွဒ်: 13.75, 100.5 သို့မဟုတ် 13°45'N 100°30'E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by ';': 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">';' ဖြင့် ခွဲထားသော အမှတ်များ: 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="44" />
            <source>Altitude (m)</source>
            <translation type="unfinished">အမြင့် (မီတာ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="45" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">တိကျမှု (မီတာ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="73" />
            <source>optional</source>
            <translation type="unfinished">မဖြစ်မနေမဟုတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="108" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">အပိုင်းအခြားပြင်ပ: လတ္တီတွဒ် -90 မှ 90, လောင်ဂျီတွဒ် -180 မှ 180, အမြင့် -11000 မှ 9000 မီတာ, တိကျမှု 0 နှင့်အထက်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="122" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45'30"N 100°30'15"E.</source>
            <translation type="unfinished">လတ္တီတွဒ်နှင့် လောင်ဂျီတွဒ်ကို ရိုက်ထည့်ပါ၊ ဥပမာ 13.75, 100.5 သို့မဟုတ် 13°45'30"N 100°30'15"E။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="126" />
            <source>Type at least two points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">အနည်းဆုံး အမှတ်နှစ်ခု ရိုက်ထည့်ပါ၊ တစ်ခုစီကို လတ္တီတွဒ်, လောင်ဂျီတွဒ် အဖြစ် ';' ဖြင့် ခွဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="129" />
            <source>Type at least three different points, each as latitude, longitude, separated by ';'.</source>
            <translation type="unfinished">မတူညီသော အမှတ်အနည်းဆုံးသုံးခု ရိုက်ထည့်ပါ၊ တစ်ခုစီကို လတ္တီတွဒ်, လောင်ဂျီတွဒ် အဖြစ် ';' ဖြင့် ခွဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="47" />
            <source>Use this office's location</source>
            <translation type="unfinished">ဤရုံး၏ တည်နေရာကို သုံးရန်</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="52" />
            <source>Working…</source>
            <translation type="unfinished">လုပ်ဆောင်နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="53" />
            <source>&amp;Help</source>
            <translation type="unfinished">&amp;အကူအညီ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="45" />
            <source>User guide</source>
            <translation type="unfinished">အသုံးပြုသူ လမ်းညွှန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="46" />
            <source>Administrator guide</source>
            <translation type="unfinished">စီမံခန့်ခွဲသူ လမ်းညွှန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="47" />
            <source>Installing Lintas</source>
            <translation type="unfinished">Lintas ထည့်သွင်းခြင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="64" />
            <source>Self-test…</source>
            <translation type="unfinished">ကိုယ်တိုင်စစ်ဆေးမှု…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="67" />
            <location filename="../../src/lintas/gui/help_menu.py" line="300" />
            <source>About Lintas</source>
            <translation type="unfinished">Lintas အကြောင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="128" />
            <source>This guide is missing from this install. Reinstall Lintas.</source>
            <translation type="unfinished">ဤလမ်းညွှန်သည် ဤထည့်သွင်းမှုတွင် မပါဝင်ပါ။ Lintas ကို ပြန်လည်ထည့်သွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="144" />
            <source>This link leads outside Lintas: {url}</source>
            <translation type="unfinished">ဤလင့်ခ်သည် Lintas ပြင်ပသို့ ဦးတည်သည်- {url}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="155" />
            <source>Self-test</source>
            <translation type="unfinished">ကိုယ်တိုင်စစ်ဆေးမှု</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="158" />
            <source>Checks this install on a throwaway vault in a temporary folder. Your own vault is not touched.</source>
            <translation type="unfinished">ယာယီဖိုင်တွဲထဲရှိ စမ်းသပ်သိုလှောင်ရာဖြင့် ဤထည့်သွင်းမှုကို စစ်ဆေးသည်။ သင့်သိုလှောင်ရာကို မထိပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="168" />
            <source>Step</source>
            <translation type="unfinished">အဆင့်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="169" />
            <source>Result</source>
            <translation type="unfinished">ရလဒ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="170" />
            <source>Detail</source>
            <translation type="unfinished">အသေးစိတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="180" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="181" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="202" />
            <source>Running…</source>
            <translation type="unfinished">လုပ်ဆောင်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="219" />
            <source>Stopping after the step that is running…</source>
            <translation type="unfinished">လုပ်ဆောင်နေသော အဆင့်ပြီးလျှင် ရပ်ပါမည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="236" />
            <source>Running: {step}</source>
            <translation type="unfinished">လုပ်ဆောင်နေသည်- {step}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="241" />
            <source>OK</source>
            <translation type="unfinished">အောင်မြင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="242" />
            <source>Warning</source>
            <translation type="unfinished">သတိပေးချက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="243" />
            <source>Failed</source>
            <translation type="unfinished">မအောင်မြင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="244" />
            <source>Skipped</source>
            <translation type="unfinished">ကျော်သွားသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="259" />
            <source>The self-test FAILED: {count} of {total} steps did not pass. Follow the advice in the Detail column.</source>
            <translation type="unfinished">ကိုယ်တိုင်စစ်ဆေးမှု မအောင်မြင်ပါ- အဆင့် {total} ခုအနက် {count} ခု မအောင်မြင်ပါ။ အသေးစိတ်ကော်လံရှိ အကြံပြုချက်အတိုင်း လုပ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="267" />
            <source>The self-test passed, with {count} warning(s): read the Detail column.</source>
            <translation type="unfinished">ကိုယ်တိုင်စစ်ဆေးမှု အောင်မြင်သည်၊ သတိပေးချက် {count} ခုရှိသည်- အသေးစိတ်ကော်လံကို ဖတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="273" />
            <source>The self-test passed: all {total} steps.</source>
            <translation type="unfinished">ကိုယ်တိုင်စစ်ဆေးမှု အောင်မြင်သည်- အဆင့် {total} ခုလုံး။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="280" />
            <source>The self-test was stopped. Its temporary folder was removed.</source>
            <translation type="unfinished">ကိုယ်တိုင်စစ်ဆေးမှုကို ရပ်လိုက်သည်။ ၎င်း၏ ယာယီဖိုင်တွဲကို ဖျက်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="305" />
            <source>Offline, encrypted survey capture and exchange for migrant-worker statistics. Python {python}, Qt {qt}, {system}.</source>
            <translation type="unfinished">ရွှေ့ပြောင်းလုပ်သားစာရင်းအင်းအတွက် အော့ဖ်လိုင်း၊ ကုဒ်ဝှက်ထားသော စစ်တမ်းကောက်ယူမှုနှင့် ဖလှယ်မှု။ Python {python}, Qt {qt}, {system}။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="323" />
            <source>Component</source>
            <translation type="unfinished">အစိတ်အပိုင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="324" />
            <source>Version</source>
            <translation type="unfinished">ဗားရှင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="325" />
            <source>Licence</source>
            <translation type="unfinished">လိုင်စင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="326" />
            <source>Used for</source>
            <translation type="unfinished">အသုံးပြုရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="339" />
            <source>Libraries</source>
            <translation type="unfinished">စာကြည့်တိုက်များ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/help_menu.py" line="340" />
            <source>Fonts (Noto)</source>
            <translation type="unfinished">ဖောင့် (Noto)</translation>
        </message>
    </context>
    <context>
        <name>HistoryWarning</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="19" />
            <source>This vault is older than expected</source>
            <translation type="unfinished">ဤသိုလှောင်ရာသည် မျှော်လင့်ထားသည်ထက် ဟောင်းနေသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="22" />
            <source>This vault is older than the copy this computer saw last time. Interviews saved since then may be missing: an older copy of the vault may have been put back, or its last entries removed.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာသည် ဤကွန်ပျူတာက နောက်ဆုံးမြင်ခဲ့သော မိတ္တူထက် ဟောင်းနေသည်။ ထိုအချိန်မှစ၍ သိမ်းထားသော အင်တာဗျူးများ ပျောက်နေနိုင်သည်- သိုလှောင်ရာ၏ မိတ္တူဟောင်းကို ပြန်ထည့်ထားခြင်း သို့မဟုတ် နောက်ဆုံးစာရင်းများကို ဖျက်ထားခြင်း ဖြစ်နိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="30" />
            <source>Before you add or change anything, find the newest copy of the vault (on another computer, a USB stick or a backup) and tell your supervisor. Lintas has written this warning into the vault's audit trail.</source>
            <translation type="unfinished">တစ်စုံတစ်ရာ မထည့်မပြင်မီ သိုလှောင်ရာ၏ အသစ်ဆုံးမိတ္တူကို (အခြားကွန်ပျူတာ၊ ယူအက်စ်ဘီ သို့မဟုတ် အရန်မိတ္တူတွင်) ရှာပြီး သင့်ကြီးကြပ်သူကို ပြောပါ။ Lintas သည် ဤသတိပေးချက်ကို သိုလှောင်ရာ၏ စစ်ဆေးမှတ်တမ်းတွင် ရေးထားပြီးဖြစ်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/history_warning.py" line="40" />
            <source>OK</source>
            <translation type="unfinished">အိုကေ</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Home</source>
            <translation type="unfinished">ပင်မ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="49" />
            <source>Interviews today</source>
            <translation type="unfinished">ယနေ့ အင်တာဗျူး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="50" />
            <source>This week</source>
            <translation type="unfinished">ဤအပတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="51" />
            <source>In total</source>
            <translation type="unfinished">စုစုပေါင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="52" />
            <source>Drafts waiting</source>
            <translation type="unfinished">စောင့်ဆိုင်းနေသော မူကြမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="57" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">ကျား/မ အလိုက် (နောက်ဆုံး ၃၀ ရက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="58" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">နိုင်ငံသား အလိုက် (နောက်ဆုံး ၃၀ ရက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="59" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">နေ့အလိုက် (နောက်ဆုံး ၁၄ ရက်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="93" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">ရုံး: {office} · {user} အဖြစ် ဝင်ထားသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="105" />
            <source>Others</source>
            <translation type="unfinished">အခြား</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">အင်တာဗျူးအသစ် စတင်ရန်</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation type="unfinished">ယခု အရန်ကူးရန်(&amp;B)…</translation>
        </message>
        <message>
            <source>The last backup of this vault was made on {date}. It is time for the next one: back it up to a USB stick or another disk.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာကို နောက်ဆုံး အရန်ကူးခဲ့သည်မှာ {date} ဖြစ်သည်။ နောက်တစ်ကြိမ် ကူးရန် အချိန်ရောက်ပြီ- USB သို့မဟုတ် အခြား disk သို့ အရန်ကူးပါ။</translation>
        </message>
        <message>
            <source>This vault has never been backed up. Back it up to a USB stick or another disk, and keep that away from this computer.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာကို တစ်ခါမျှ အရန်မကူးရသေးပါ။ USB သို့မဟုတ် အခြား disk သို့ အရန်ကူးပြီး ဤကွန်ပျူတာနှင့် ဝေးရာတွင် ထားပါ။</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <source>New, not saved yet</source>
            <translation type="unfinished">အသစ်၊ မသိမ်းရသေး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="101" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Draft</source>
            <translation type="unfinished">မူကြမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="103" />
            <source>Put away</source>
            <translation type="unfinished">ခဏသိမ်းထားရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="165" />
            <source>Edits of a final record are saved with Ctrl+S.</source>
            <translation type="unfinished">အပြီးသတ် မှတ်တမ်းကို ပြင်ဆင်ချက်များကို Ctrl+S ဖြင့် သိမ်းပါသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="170" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">ဤပုဂ္ဂိုလ်ကို ယခင်က အင်တာဗျူးဖူးနိုင်သည် (မှတ်တမ်း {count} ခု)။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="179" />
            <source>Final</source>
            <translation type="unfinished">အပြီးသတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="198" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">ဖြေဆိုသူက အင်တာဗျူးကို သဘောတူသည်အထိ ဘာမျှ သိမ်းဆည်းမည်မဟုတ်ပါ။ ငြင်းဆိုပါက ကျေးဇူးတင်ကြောင်းပြောပြီး အင်တာဗျူးကို ပိတ်ပါ- ၎င်းကို ပယ်ဖျက်မည်။</translation>
        </message>
    </context>
    <context>
        <name>KeyWarning</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="26" />
            <source>This office has no regional key from its hub yet. Pseudonyms made now will never match those of the other offices, and cannot be made again later. Before the first interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">ဤရုံးတွင် ဗဟိုရုံးထံမှ ဒေသဆိုင်ရာ သော့ မရှိသေးပါ။ ယခု ပြုလုပ်သော အမည်ဝှက်များသည် အခြားရုံးများ၏ အမည်ဝှက်များနှင့် ဘယ်တော့မှ မကိုက်ညီဘဲ နောက်မှ ပြန်မလုပ်နိုင်ပါ။ ပထမဆုံး အင်တာဗျူး မတိုင်မီ ကြီးကြပ်သူက ဗဟိုရုံး၏ သော့အထုပ်ကို လက်ခံရမည် (ရုံး → ဒေတာအထုပ် လက်ခံရန်)။</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/key_warning.py" line="33" />
            <source>This office uses its own regional key, not one from its hub: its %n pseudonyms will never match those of the other offices. Before the next interview, a supervisor receives the hub's key bundle (Office → Receive bundle).</source>
            <translation type="unfinished">
                <numerusform>ဤရုံးသည် ဗဟိုရုံး၏ သော့ မဟုတ်ဘဲ ကိုယ်ပိုင် ဒေသဆိုင်ရာ သော့ကို သုံးသည်- ၎င်း၏ အမည်ဝှက် %n ခုသည် အခြားရုံးများနှင့် ဘယ်တော့မှ မကိုက်ညီပါ။ နောက် အင်တာဗျူး မတိုင်မီ ကြီးကြပ်သူက ဗဟိုရုံး၏ သော့အထုပ်ကို လက်ခံရမည် (ရုံး → ဒေတာအထုပ် လက်ခံရန်)။</numerusform>
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
            <translation type="unfinished">ပင်မ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="111" />
            <source>New interview</source>
            <translation type="unfinished">အင်တာဗျူးအသစ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="113" />
            <source>Records</source>
            <translation type="unfinished">မှတ်တမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="18" />
            <location filename="../../src/lintas/gui/language_menu.py" line="43" />
            <location filename="../../src/lintas/gui/main_window.py" line="187" />
            <source>Language</source>
            <translation type="unfinished">ဘာသာစကား</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/language_menu.py" line="44" />
            <location filename="../../src/lintas/gui/main_window.py" line="188" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">ဘာသာစကားအသစ်ကို Lintas နောက်တစ်ကြိမ် ဖွင့်သည့်အခါ သုံးပါမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="211" />
            <source>Open a vault folder</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖိုင်တွဲ ဖွင့်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="251" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">စကားဝှက်အသစ် သတ်မှတ်ပြီးပါပြီ။ ၎င်းဖြင့် သိုလှောင်ရာကို ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="323" />
            <source>Loading the form…</source>
            <translation type="unfinished">ပုံစံကို ဖွင့်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="337" />
            <source>Loading the form</source>
            <translation type="unfinished">ပုံစံကို ဖွင့်နေသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="365" />
            <source>Interview</source>
            <translation type="unfinished">အင်တာဗျူး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="377" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">အင်တာဗျူးကို အပြီးသတ်၍ သိမ်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>&amp;Vault</source>
            <translation type="unfinished">သိုလှောင်ရာ(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="31" />
            <source>New vault…</source>
            <translation type="unfinished">သိုလှောင်ရာအသစ်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="34" />
            <source>Open vault…</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖွင့်ရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="37" />
            <source>Lock now</source>
            <translation type="unfinished">ယခု သော့ခတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="42" />
            <source>Quit</source>
            <translation type="unfinished">ထွက်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>&amp;Office</source>
            <translation type="unfinished">ရုံး(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="48" />
            <source>Users and roles…</source>
            <translation type="unfinished">အသုံးပြုသူများနှင့် အခန်းကဏ္ဍ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="52" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">ကျွန်ုပ်၏ စကားဝှက် ပြောင်းရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="56" />
            <source>Auto-lock…</source>
            <translation type="unfinished">အလိုအလျောက် သော့ခတ်ခြင်း…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="60" />
            <source>Privacy report…</source>
            <translation type="unfinished">ကိုယ်ရေးလုံခြုံမှု အစီရင်ခံစာ…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="66" />
            <source>Export…</source>
            <translation type="unfinished">ထုတ်ယူရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="95" />
            <source>Only a supervisor can export.</source>
            <translation type="unfinished">ကြီးကြပ်သူသာ ထုတ်ယူနိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="114" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">စကားဝှက် ပြောင်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="100" />
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas ကို သော့ခတ်ထားသည်။ ဆက်လုပ်ရန် ဒေတာသိုလှောင်ရာကို သော့ဖွင့်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;သွားရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="87" />
            <source>Only a supervisor can see the privacy report.</source>
            <translation type="unfinished">ကြီးကြပ်သူသာ ကိုယ်ရေးလုံခြုံမှု အစီရင်ခံစာကို ကြည့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation type="unfinished">အရန်ကူးရန်(&amp;B)…</translation>
        </message>
        <message>
            <source>Unlock a vault to back it up.</source>
            <translation type="unfinished">အရန်ကူးရန် သိုလှောင်ရာကို အရင် ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation type="unfinished">အရန်မိတ္တူမှ ပြန်ထားရန်(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Forms and versions…</source>
            <translation type="unfinished">ပုံစံများနှင့် ဗားရှင်းများ(&amp;F)…</translation>
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
            <location filename="../../src/lintas/gui/entry/media_field.py" line="67" />
            <source>Attach a file</source>
            <translation type="unfinished">ဖိုင် ပူးတွဲခြင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="73" />
            <source>All files (*)</source>
            <translation type="unfinished">ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="90" />
            <source>Images</source>
            <translation type="unfinished">ပုံများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="91" />
            <source>Sound recordings</source>
            <translation type="unfinished">အသံသွင်းဖိုင်များ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="92" />
            <source>Videos</source>
            <translation type="unfinished">ဗီဒီယိုများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">ဤဖိုင်ကို ဖတ်၍မရပါ။ အခြားဖိုင်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="111" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">ဤဖိုင်သည် Lintas ပြသနိုင်သော ပုံ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="118" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">ဤဖိုင်သည် ဗလာဖြစ်နေသည်။ အခြားဖိုင်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="126" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">ဤဖိုင်သည် {size} MB ရှိသည်။ အများဆုံး {limit} MB သာ ပူးတွဲနိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="156" />
            <source>No file attached.</source>
            <translation type="unfinished">ဖိုင် မပူးတွဲရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="165" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (သိုလှောင်ရာတွင် သိမ်းထားသည်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="170" />
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
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="35" />
            <source>New interview</source>
            <translation type="unfinished">အင်တာဗျူးအသစ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="44" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">ပုံစံတစ်ခု ရွေးပြီး စတင်ရန် Enter နှိပ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="49" />
            <source>Install a form…</source>
            <translation type="unfinished">ပုံစံ ထည့်သွင်းရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="53" />
            <source>Start interview</source>
            <translation type="unfinished">အင်တာဗျူး စတင်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="58" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">စောင့်ဆိုင်းနေသော မူကြမ်းများ (ဆက်လုပ်ရန် Enter နှိပ်ပါ)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="95" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · {when} တွင် စတင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="105" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">ပုံစံ မထည့်သွင်းရသေးပါ။ ကြီးကြပ်သူက ထည့်သွင်းပါသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>Install a form</source>
            <translation type="unfinished">ပုံစံ ထည့်သွင်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="116" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="125" />
            <source>Reading {name}…</source>
            <translation type="unfinished">{name} ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="131" />
            <source>Installing the form</source>
            <translation type="unfinished">ပုံစံကို ထည့်သွင်းနေသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="148" />
            <source>The form was not installed</source>
            <translation type="unfinished">ပုံစံကို မထည့်သွင်းနိုင်ပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="135" />
            <source>Installed: {title}, version {version}.</source>
            <translation type="unfinished">ထည့်သွင်းပြီး: {title}၊ ဗားရှင်း {version}။</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/common.py" line="63" />
            <source>Choose…</source>
            <translation type="unfinished">ရွေးရန်…</translation>
        </message>
    </context>
    <context>
        <name>PeersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="93" />
            <source>Peers</source>
            <translation type="unfinished">ဆက်သွယ်သည့် ရုံးများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="96" />
            <source>Offices this vault exchanges with</source>
            <translation type="unfinished">ဤသိုလှောင်ရာနှင့် ဒေတာဖလှယ်သော ရုံးများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Office</source>
            <translation type="unfinished">ရုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Country</source>
            <translation type="unfinished">နိုင်ငံ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="101" />
            <source>Fingerprint</source>
            <translation type="unfinished">သော့လက်ဗွေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>Trusted on</source>
            <translation type="unfinished">ယုံကြည်သည့်ရက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="102" />
            <source>State</source>
            <translation type="unfinished">အခြေအနေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="106" />
            <source>&amp;Trust a card…</source>
            <translation type="unfinished">သော့ကတ်ကို ယုံကြည်ရန်…(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="107" />
            <source>&amp;Revoke…</source>
            <translation type="unfinished">ရုပ်သိမ်းရန်…(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="109" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="129" />
            <source>This office: {office}</source>
            <translation type="unfinished">ဤရုံး- {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="134" />
            <source>&amp;Save this office's card…</source>
            <translation type="unfinished">ဤရုံး၏ သော့ကတ်ကို သိမ်းရန်…(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="140" />
            <source>Give the card to the other office (USB stick, e-mail), then read them this fingerprint by phone or on paper: they check it when they trust the card.</source>
            <translation type="unfinished">ကတ်ကို အခြားရုံးထံ ပေးပါ (USB၊ အီးမေးလ်)၊ ထို့နောက် ဤသော့လက်ဗွေကို ဖုန်းဖြင့် သို့မဟုတ် စာရွက်ပေါ်တွင် ဖတ်ပြပါ- ကတ်ကို ယုံကြည်သည့်အခါ ၎င်းတို့ စစ်ဆေးသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="156" />
            <source>Revoked on {date}</source>
            <translation type="unfinished">{date} တွင် ရုပ်သိမ်းခဲ့သည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="158" />
            <source>Trusted</source>
            <translation type="unfinished">ယုံကြည်ထားသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="173" />
            <source>Save this office's card</source>
            <translation type="unfinished">ဤရုံး၏ သော့ကတ်ကို သိမ်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="174" />
            <location filename="../../src/lintas/gui/exchange/peers.py" line="193" />
            <source>Office cards (*.json)</source>
            <translation type="unfinished">ရုံး သော့ကတ်များ (*.json)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="182" />
            <source>Saved the card to {path}. Fingerprint: {fingerprint}</source>
            <translation type="unfinished">ကတ်ကို {path} တွင် သိမ်းပြီးပါပြီ။ သော့လက်ဗွေ- {fingerprint}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="192" />
            <source>Choose the other office's card</source>
            <translation type="unfinished">အခြားရုံး၏ ကတ်ကို ရွေးပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="206" />
            <source>That is this office's own card. Choose the other office's card.</source>
            <translation type="unfinished">၎င်းသည် ဤရုံး၏ ကိုယ်ပိုင်ကတ် ဖြစ်သည်။ အခြားရုံး၏ ကတ်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="210" />
            <source>Not trusted. Nothing was changed.</source>
            <translation type="unfinished">မယုံကြည်ပါ။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="221" />
            <source>Now trusting {office}.</source>
            <translation type="unfinished">{office} ကို ယခု ယုံကြည်ပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="223" />
            <source>{office} was trusted already. Nothing was changed.</source>
            <translation type="unfinished">{office} ကို ယုံကြည်ပြီးသား ဖြစ်သည်။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="240" />
            <source>Select the office to revoke first.</source>
            <translation type="unfinished">ရုပ်သိမ်းမည့် ရုံးကို အရင် ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="243" />
            <source>{office} is revoked already.</source>
            <translation type="unfinished">{office} ကို ရုပ်သိမ်းပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="247" />
            <source>Revoke an office</source>
            <translation type="unfinished">ရုံးကို ရုပ်သိမ်းခြင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="249" />
            <source>Revoke {office}? Its bundles are refused from now on, and the offices you send to learn it too. This is for good: a revoked card is never trusted again, the office must make a new one.</source>
            <translation type="unfinished">{office} ကို ရုပ်သိမ်းမလား။ ယခုမှစ၍ ၎င်း၏ ဒေတာအထုပ်များကို ငြင်းပယ်မည်ဖြစ်ပြီး သင်ပို့သော ရုံးများလည်း သိရှိမည်။ ဤသည်မှာ အပြီးအပိုင် ဖြစ်သည်- ရုပ်သိမ်းထားသော ကတ်ကို ထပ်မံ မယုံကြည်တော့ပါ၊ ရုံးက ကတ်အသစ် ပြုလုပ်ရမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="256" />
            <source>Revoke</source>
            <translation type="unfinished">ရုပ်သိမ်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="257" />
            <source>Keep trusting</source>
            <translation type="unfinished">ဆက်လက် ယုံကြည်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="271" />
            <source>Revoked {office}.</source>
            <translation type="unfinished">{office} ကို ရုပ်သိမ်းလိုက်ပြီ။</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="42" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">အများပြည်သူ (k = 5; အထိခိုက်လွယ်သော မေးခွန်းများ ပါလျှင် 11)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="43" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">ကန့်သတ် (k = 3; အထိခိုက်လွယ်သော မေးခွန်းများ ပါလျှင် 11)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="44" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">အတွင်းပိုင်း (ရုံးအတွင်း)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="70" />
            <source>Choose a form and a level, then press Check.</source>
            <translation type="unfinished">ပုံစံနှင့် အဆင့်ကို ရွေးပြီး စစ်ဆေးရန် ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="97" />
            <source>Install a form first.</source>
            <translation type="unfinished">ပုံစံကို အရင် ထည့်သွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="101" />
            <source>The first date is after the last date.</source>
            <translation type="unfinished">ပထမရက်စွဲသည် နောက်ဆုံးရက်စွဲထက် နောက်ကျနေသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="104" />
            <source>Checking…</source>
            <translation type="unfinished">စစ်ဆေးနေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="137" />
            <source>What this level does, and what to do</source>
            <translation type="unfinished">ဤအဆင့်က ဘာလုပ်သည်၊ သင် ဘာလုပ်ရမည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="139" />
            <source>Checked on {date} by {user}, office {office}. Nothing was exported.</source>
            <translation type="unfinished">{date} တွင် {user} က စစ်ဆေးခဲ့သည်၊ ရုံး {office}။ ဘာမျှ ထုတ်ယူခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="161" />
            <source>The report went to the printer.</source>
            <translation type="unfinished">အစီရင်ခံစာကို ပုံနှိပ်စက်သို့ ပို့လိုက်ပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>Save the report as PDF</source>
            <translation type="unfinished">အစီရင်ခံစာကို PDF အဖြစ် သိမ်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="168" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished">PDF ဖိုင်များ (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="179" />
            <source>The folder {folder} does not exist. Choose another folder.</source>
            <translation type="unfinished">ဖိုင်တွဲ {folder} မရှိပါ။ အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="187" />
            <source>Could not write {path}. Check that the folder is writable.</source>
            <translation type="unfinished">{path} ကို မရေးနိုင်ပါ။ ဖိုင်တွဲတွင် ရေးခွင့်ရှိမရှိ စစ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/privacy_report.py" line="193" />
            <source>Saved the report as {path}.</source>
            <translation type="unfinished">အစီရင်ခံစာကို {path} အဖြစ် သိမ်းပြီးပြီ။</translation>
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
            <source>Says what an export of this form's final interviews at this level would publish, what it would leave out or blank so that no one can be picked out, and what you can do about it. Nothing is exported.</source>
            <translation type="unfinished">ဤပုံစံ၏ အပြီးသတ် အင်တာဗျူးများကို ဤအဆင့်တွင် ထုတ်ယူပါက ဘာကို ထုတ်ပြန်မည်၊ မည်သူ့ကိုမျှ ခွဲခြားမသိနိုင်စေရန် ဘာကို ဖယ်ထုတ်မည် သို့မဟုတ် ကွက်လပ်ထားမည်၊ သင် ဘာလုပ်နိုင်သည်ကို ပြောပြသည်။ ဘာမျှ ထုတ်ယူခြင်း မရှိပါ။</translation>
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
            <location filename="../../ui/privacy_report.ui" line="42" />
            <source>Only &amp;dates:</source>
            <translation type="unfinished">ရက်စွဲများသာ(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="55" />
            <source>to</source>
            <translation type="unfinished">မှ</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="78" />
            <source>Check</source>
            <translation type="unfinished">စစ်ဆေးရန်</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="111" />
            <source>&amp;Print…</source>
            <translation type="unfinished">ပုံနှိပ်ရန်(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="117" />
            <source>Save as PD&amp;F…</source>
            <translation type="unfinished">PDF အဖြစ် သိမ်းရန်(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="123" />
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
        <name>ReceiptsDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="21" />
            <source>Receipts</source>
            <translation type="unfinished">လက်ခံဖြတ်ပိုင်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="24" />
            <source>What each office holds</source>
            <translation type="unfinished">ရုံးတစ်ခုစီတွင် ရှိသောအရာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Office</source>
            <translation type="unfinished">ရုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Holds</source>
            <translation type="unfinished">ရှိသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>To send</source>
            <translation type="unfinished">ပို့ရန် ကျန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="28" />
            <source>Bundles sent</source>
            <translation type="unfinished">ပို့ပြီး အထုပ်များ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Receipts back</source>
            <translation type="unfinished">ပြန်ရသော လက်ခံဖြတ်ပိုင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Last receipt</source>
            <translation type="unfinished">နောက်ဆုံး လက်ခံဖြတ်ပိုင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="29" />
            <source>Bundles received</source>
            <translation type="unfinished">လက်ခံရရှိသော အထုပ်များ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Record</source>
            <translation type="unfinished">မှတ်တမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Form</source>
            <translation type="unfinished">ပုံစံ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="36" />
            <source>Revision here</source>
            <translation type="unfinished">ဤနေရာရှိ ပြင်ဆင်မှု</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>Revision they hold</source>
            <translation type="unfinished">၎င်းတို့ရှိသော ပြင်ဆင်မှု</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="37" />
            <source>State</source>
            <translation type="unfinished">အခြေအနေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="42" />
            <source>An office holds a record once its receipt for a bundle came back (Office → Receive bundle), or when it sent the record here itself.</source>
            <translation type="unfinished">ရုံးတစ်ခု၏ ဒေတာအထုပ်အတွက် လက်ခံဖြတ်ပိုင်း ပြန်ရောက်လာသောအခါ (ရုံး → ဒေတာအထုပ် လက်ခံရန်) သို့မဟုတ် ၎င်းကိုယ်တိုင် မှတ်တမ်းကို ဤနေရာသို့ ပို့သောအခါ ထိုရုံးတွင် မှတ်တမ်း ရှိသည်ဟု မှတ်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="51" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="66" />
            <source>{office} (revoked)</source>
            <translation type="unfinished">{office} (ရုပ်သိမ်းထား)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="68" />
            <source>{count} of {total}</source>
            <translation type="unfinished">{total} ခုအနက် {count}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="74" />
            <source>none yet</source>
            <translation type="unfinished">မရှိသေး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="78" />
            <source>No office is trusted yet (Office → Peers).</source>
            <translation type="unfinished">မည်သည့်ရုံးကိုမျှ မယုံကြည်ရသေးပါ (ရုံး → ဆက်သွယ်သည့် ရုံးများ)။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="83" />
            <source>Holds it</source>
            <translation type="unfinished">ရှိပြီ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="85" />
            <source>Holds another version</source>
            <translation type="unfinished">အခြားမူ ရှိသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="86" />
            <source>Not yet</source>
            <translation type="unfinished">မရသေး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="103" />
            <source>Records of this vault, and what {office} holds of them:</source>
            <translation type="unfinished">ဤသိုလှောင်ရာ၏ မှတ်တမ်းများနှင့် {office} တွင် ရှိသည့်အရာ-</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/receipts.py" line="105" />
            <source>The first {count} records of this vault, and what {office} holds:</source>
            <translation type="unfinished">ဤသိုလှောင်ရာ၏ ပထမ မှတ်တမ်း {count} ခုနှင့် {office} တွင် ရှိသည့်အရာ-</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>Receive a bundle or receipt</source>
            <translation type="unfinished">ဒေတာအထုပ် သို့မဟုတ် လက်ခံဖြတ်ပိုင်း လက်ခံရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="235" />
            <source>&amp;Receive</source>
            <translation type="unfinished">လက်ခံရန်(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="237" />
            <source>&amp;File from the other office:</source>
            <translation type="unfinished">အခြားရုံးမှ ဖိုင်(&amp;F)-</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="240" />
            <source>Choose the bundle or receipt</source>
            <translation type="unfinished">ဒေတာအထုပ် သို့မဟုတ် လက်ခံဖြတ်ပိုင်းကို ရွေးပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="241" />
            <source>Lintas bundles ({patterns})</source>
            <translation type="unfinished">Lintas ဒေတာအထုပ်များ ({patterns})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="245" />
            <source>&amp;Write a receipt for the sender, beside the file</source>
            <translation type="unfinished">ပို့သူအတွက် လက်ခံဖြတ်ပိုင်းကို ဖိုင်၏ဘေးတွင် ရေးရန်(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="250" />
            <source>Everything is checked first: who signed it, that it is for this office, every record. Then all of it is imported, or nothing.</source>
            <translation type="unfinished">အရာအားလုံးကို အရင်စစ်ဆေးသည်- မည်သူ လက်မှတ်ထိုးသည်၊ ဤရုံးအတွက် ဖြစ်သည်၊ မှတ်တမ်းတိုင်း။ ထို့နောက် အားလုံးကို သွင်းသည်၊ သို့မဟုတ် ဘာမျှ မသွင်းပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="259" />
            <source>Re&amp;place the regional key anyway…</source>
            <translation type="unfinished">ဒေသဆိုင်ရာ သော့ကို မည်သို့ပင်ဖြစ်စေ အစားထိုးရန်…(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="279" />
            <source>Choose the file that the other office sent (Choose… or type its path).</source>
            <translation type="unfinished">အခြားရုံး ပို့သော ဖိုင်ကို ရွေးပါ (ရွေးရန်… သို့မဟုတ် လမ်းကြောင်းကို ရိုက်ပါ)။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="285" />
            <source>Checking and importing…</source>
            <translation type="unfinished">စစ်ဆေးပြီး သွင်းနေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="290" />
            <source>Receiving</source>
            <translation type="unfinished">လက်ခံနေသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="311" />
            <source>Replace the regional key</source>
            <translation type="unfinished">ဒေသဆိုင်ရာ သော့ကို အစားထိုးရန်</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="313" />
            <source>Replace this vault's regional key {old} with the key {new} of {office}?

The %n pseudonyms made here under the old key stay as they are, but they will never match pseudonyms made under the new key, here or at any other office: a person interviewed before and after the change will not show as a possible repeat interview. The old pseudonyms cannot be made again, because the identifiers were never stored. This cannot be undone.

Replace it only if the hub says that every office changes to its key.</source>
            <translation type="unfinished">
                <numerusform>ဤသိုလှောင်ရာ၏ ဒေသဆိုင်ရာ သော့ {old} ကို {office} ၏ သော့ {new} ဖြင့် အစားထိုးမလား။

ဤနေရာတွင် သော့ဟောင်းဖြင့် ပြုလုပ်ထားသော အမည်ဝှက် %n ခုသည် ရှိမြဲအတိုင်း ရှိနေမည်ဖြစ်သော်လည်း သော့အသစ်ဖြင့် ပြုလုပ်သော အမည်ဝှက်များနှင့် ဤနေရာတွင်ဖြစ်စေ အခြားရုံးတွင်ဖြစ်စေ ဘယ်တော့မှ ကိုက်ညီမည် မဟုတ်ပါ- ပြောင်းလဲမှု မတိုင်မီနှင့် ပြီးနောက် တွေ့ဆုံမေးမြန်းခံရသူကို ထပ်မံ တွေ့ဆုံမေးမြန်းမှု ဖြစ်နိုင်ချေအဖြစ် ပြမည် မဟုတ်ပါ။ ကိုယ်ရေးအချက်အလက်များကို ဘယ်တော့မှ မသိမ်းဆည်းခဲ့သောကြောင့် အမည်ဝှက်ဟောင်းများကို ထပ်မံ ပြုလုပ်၍ မရပါ။ ၎င်းကို ပြန်ပြင်၍ မရပါ။

ရုံးအားလုံး ၎င်း၏ သော့သို့ ပြောင်းသည်ဟု ဗဟိုရုံးက ပြောမှသာ အစားထိုးပါ။</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="328" />
            <source>&amp;Replace the key</source>
            <translation type="unfinished">သော့ကို အစားထိုးရန်(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="329" />
            <source>&amp;Keep the current key</source>
            <translation type="unfinished">လက်ရှိ သော့ကို ဆက်ထားရန်(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="286" />
            <source>Record</source>
            <translation type="unfinished">မှတ်တမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="302" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="297" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">ထပ်နေနိုင်သော အင်တာဗျူးများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="315" />
            <source>Same person</source>
            <translation type="unfinished">လူတစ်ဦးတည်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="316" />
            <source>Different people</source>
            <translation type="unfinished">လူမတူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="325" />
            <source>not decided yet</source>
            <translation type="unfinished">မဆုံးဖြတ်ရသေး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="326" />
            <source>decided: the same person</source>
            <translation type="unfinished">ဆုံးဖြတ်ပြီး- လူတစ်ဦးတည်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="327" />
            <source>decided: different people</source>
            <translation type="unfinished">ဆုံးဖြတ်ပြီး- လူမတူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="330" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">မှတ်တမ်း {record} နှင့် သတ်မှတ်ချက်တူ၊ {when} တွင် တွေ့ရှိ- {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="340" />
            <source>Not done</source>
            <translation type="unfinished">မလုပ်ဆောင်နိုင်ပါ</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="178" />
            <source>Created</source>
            <translation type="unfinished">ဖန်တီးချိန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="179" />
            <source>Form</source>
            <translation type="unfinished">ပုံစံ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="180" />
            <source>Status</source>
            <translation type="unfinished">အခြေအနေ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="181" />
            <source>Rev.</source>
            <translation type="unfinished">ပြင်ဆင်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="182" />
            <source>By</source>
            <translation type="unfinished">ပြုလုပ်သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="183" />
            <source>Answers</source>
            <translation type="unfinished">အဖြေများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="184" />
            <source>Record id</source>
            <translation type="unfinished">မှတ်တမ်း အမှတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="187" />
            <source>draft</source>
            <translation type="unfinished">မူကြမ်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="188" />
            <source>final</source>
            <translation type="unfinished">အပြီးသတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="189" />
            <source>void</source>
            <translation type="unfinished">ပယ်ဖျက်ပြီး</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="59" />
            <source>Records</source>
            <translation type="unfinished">မှတ်တမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <location filename="../../src/lintas/gui/pages/records.py" line="115" />
            <source>Search…</source>
            <translation type="unfinished">ရှာဖွေရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="126" />
            <source>Any status</source>
            <translation type="unfinished">အခြေအနေ အားလုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="128" />
            <source>Drafts</source>
            <translation type="unfinished">မူကြမ်းများ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="129" />
            <source>Final</source>
            <translation type="unfinished">အပြီးသတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="130" />
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>Void</source>
            <translation type="unfinished">ပယ်ဖျက်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="134" />
            <source>Since</source>
            <translation type="unfinished">မှစ၍</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>View</source>
            <translation type="unfinished">ကြည့်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="150" />
            <source>Edit as new revision</source>
            <translation type="unfinished">ပြင်ဆင်ချက်အသစ်အဖြစ် ပြင်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="151" />
            <source>Finalise</source>
            <translation type="unfinished">အပြီးသတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="152" />
            <source>Void…</source>
            <translation type="unfinished">ပယ်ဖျက်ရန်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="177" />
            <source>Any form</source>
            <translation type="unfinished">ပုံစံ အားလုံး</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="178" />
            <source>Any user</source>
            <translation type="unfinished">အသုံးပြုသူ အားလုံး</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/pages/records.py" line="211" />
            <source>%n record(s) match.</source>
            <translation type="unfinished">
                <numerusform>ကိုက်ညီသော မှတ်တမ်း %n ခု။</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="232" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">ပယ်ဖျက်ပြီး မှတ်တမ်းကို ပြင်၍မရပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="247" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">မှတ်တမ်း {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Not done</source>
            <translation type="unfinished">မလုပ်ဆောင်နိုင်ပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="240" />
            <source>Record {record} is final now.</source>
            <translation type="unfinished">မှတ်တမ်း {record} ကို အပြီးသတ်လိုက်ပါပြီ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="257" />
            <source>Record {record} is void now.</source>
            <translation type="unfinished">မှတ်တမ်း {record} ကို ပယ်ဖျက်လိုက်ပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="258" />
            <source>The vault folder</source>
            <translation type="unfinished">သိုလှောင်ရာ ဖိုင်တွဲ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="265" />
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
            <location filename="../../src/lintas/gui/entry/review.py" line="48" />
            <source>Finalise interview</source>
            <translation type="unfinished">အင်တာဗျူးကို အပြီးသတ်ရန်</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="69" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>ဤအင်တာဗျူးကို အပြီးမသတ်မီ ပြင်ရန် ပြဿနာ %n ခု ရှိသည်။</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="76" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">ပြဿနာ မရှိပါ။ သတိပေးချက်များကို စစ်ပါ- အပြီးသတ်ပါက စာသားကို ရှိသည့်အတိုင်း သိမ်းပါမည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="79" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">ပြဿနာ မရှိပါ။ အင်တာဗျူးကို အပြီးသတ်နိုင်သည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">အမှတ်အသားပြထားသော အဖြေများကို စစ်ဆေးပြီးပါပြီ- အမည်၊ နံပါတ် သို့မဟုတ် လိပ်စာ မပါဝင်ပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="100" />
            <source>Fix the problems listed above first.</source>
            <translation type="unfinished">အထက်တွင် ပြထားသော ပြဿနာများကို အရင်ပြင်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="102" />
            <source>Look at the warnings above and tick the box under them first.</source>
            <translation type="unfinished">အထက်ပါ သတိပေးချက်များကို ကြည့်ပြီး ၎င်းတို့အောက်ရှိ အကွက်ကို အရင်အမှန်ခြစ်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>Send to other offices</source>
            <translation type="unfinished">အခြားရုံးများသို့ ပို့ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="126" />
            <source>&amp;Send</source>
            <translation type="unfinished">ပို့ရန်(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="127" />
            <source>&amp;Offices to send to:</source>
            <translation type="unfinished">ပို့မည့် ရုံးများ(&amp;O)-</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="133" />
            <source>Every final and void record that the chosen offices do not hold yet goes into one encrypted bundle. Drafts never leave this vault.</source>
            <translation type="unfinished">ရွေးထားသော ရုံးများတွင် မရှိသေးသည့် အပြီးသတ်နှင့် ပယ်ထားသော မှတ်တမ်းအားလုံးကို ကုဒ်ဝှက်ထားသော ဒေတာအထုပ်တစ်ခုတွင် ထည့်သည်။ မူကြမ်းများသည် ဤသိုလှောင်ရာမှ ဘယ်တော့မှ မထွက်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="140" />
            <source>Save the &amp;bundle as:</source>
            <translation type="unfinished">ဒေတာအထုပ်ကို ဤအမည်ဖြင့် သိမ်းရန်(&amp;B)-</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="142" />
            <source>Save the bundle as</source>
            <translation type="unfinished">ဒေတာအထုပ်ကို ဤအမည်ဖြင့် သိမ်းရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="153" />
            <source>S&amp;plit into parts for e-mail, each at most</source>
            <translation type="unfinished">အီးမေးလ်အတွက် အပိုင်းများ ခွဲရန်၊ တစ်ပိုင်းလျှင် အများဆုံး(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="177" />
            <source>{office}: {count} records to send</source>
            <translation type="unfinished">{office}- ပို့ရန် မှတ်တမ်း {count} ခု</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="187" />
            <source>No office is trusted yet. Trust its card first under Office → Peers.</source>
            <translation type="unfinished">မည်သည့်ရုံးကိုမျှ မယုံကြည်ရသေးပါ။ ရုံး → ဆက်သွယ်သည့် ရုံးများ တွင် ၎င်း၏ ကတ်ကို အရင် ယုံကြည်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="206" />
            <source>Tick at least one office to send to (Space ticks the one selected).</source>
            <translation type="unfinished">ပို့မည့် ရုံးအနည်းဆုံး တစ်ခုကို အမှန်ခြစ်ပါ (Space ဖြင့် ရွေးထားသည်ကို အမှန်ခြစ်သည်)။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="208" />
            <source>Say where to save the bundle.</source>
            <translation type="unfinished">ဒေတာအထုပ်ကို မည်သည့်နေရာတွင် သိမ်းမည် ဖော်ပြပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="210" />
            <source>The folder {path} does not exist.</source>
            <translation type="unfinished">ဖိုင်တွဲ {path} မရှိပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="214" />
            <source>{path} exists already. Choose another name.</source>
            <translation type="unfinished">{path} ရှိပြီးသား ဖြစ်သည်။ အခြားအမည် ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="219" />
            <source>Packing and encrypting the records…</source>
            <translation type="unfinished">မှတ်တမ်းများကို ထုပ်ပိုး၍ ကုဒ်ဝှက်နေသည်…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="227" />
            <source>Sending</source>
            <translation type="unfinished">ပို့နေသည်</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="22" />
            <source>Too short</source>
            <translation type="unfinished">တိုလွန်းသည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="23" />
            <source>Weak</source>
            <translation type="unfinished">အားနည်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="24" />
            <source>Fair</source>
            <translation type="unfinished">သင့်တင့်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="25" />
            <source>Good</source>
            <translation type="unfinished">ကောင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="26" />
            <source>Strong</source>
            <translation type="unfinished">ခိုင်မာ</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="19" />
            <source>an e-mail address</source>
            <translation type="unfinished">အီးမေးလ်လိပ်စာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="20" />
            <source>a web address</source>
            <translation type="unfinished">ဝက်ဘ်လိပ်စာ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="21" />
            <source>an ID card number</source>
            <translation type="unfinished">သက်သေခံကတ်နံပါတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="22" />
            <source>a passport number</source>
            <translation type="unfinished">နိုင်ငံကူးလက်မှတ်နံပါတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="23" />
            <source>a phone number</source>
            <translation type="unfinished">ဖုန်းနံပါတ်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="24" />
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">ဂဏန်းအရှည် (မှတ်ပုံတင် သို့မဟုတ် ဘဏ်စာရင်းနံပါတ်)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="37" />
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">ဤအဖြေတွင် {kinds} ပါဝင်ပုံရသည်။ Lintas က ၎င်းကို မသိမ်းဆည်းရပါ။ ဖုံးကွယ်ရန် ကိုနှိပ်ပါ သို့မဟုတ် အဖြေကို ပြင်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="45" />
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">ဤမြန်မာစာကို ဇော်ဂျီဖြင့် ရိုက်ထားသည်။ {button} က ၎င်းကို ယူနီကုဒ်သို့ ပြောင်းပေးသည်။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="57" />
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation type="unfinished">၊ </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="59" />
            <source>{items} and {last}</source>
            <translation type="unfinished">{items} နှင့် {last}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="68" />
            <source>Redact</source>
            <translation type="unfinished">ဖုံးကွယ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/text_guard.py" line="69" />
            <source>Convert to Unicode</source>
            <translation type="unfinished">ယူနီကုဒ်သို့ ပြောင်းရန်</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="99" />
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/transfer.py" line="107" />
            <source>Working…</source>
            <translation type="unfinished">လုပ်ဆောင်နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>TrustCardDialog</name>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="54" />
            <source>Trust an office</source>
            <translation type="unfinished">ရုံးကို ယုံကြည်ခြင်း</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="56" />
            <source>Office: {office}</source>
            <translation type="unfinished">ရုံး- {office}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="58" />
            <source>Country: {country}</source>
            <translation type="unfinished">နိုင်ငံ- {country}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="59" />
            <source>Card made: {date}</source>
            <translation type="unfinished">ကတ် ပြုလုပ်ချိန်- {date}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="61" />
            <source>Fingerprint on this card:</source>
            <translation type="unfinished">ဤကတ်ပေါ်ရှိ သော့လက်ဗွေ-</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="65" />
            <source>Call the office, or meet, and ask them to read their fingerprint to you. Trust the card only if every group is the same: a card can be swapped on the way, the fingerprint cannot.</source>
            <translation type="unfinished">ရုံးကို ဖုန်းဆက်ပါ သို့မဟုတ် တွေ့ဆုံပါ၊ ၎င်းတို့၏ သော့လက်ဗွေကို ဖတ်ပြခိုင်းပါ။ အုပ်စုတိုင်း တူညီမှသာ ကတ်ကို ယုံကြည်ပါ- ကတ်ကို လမ်းတွင် လဲလှယ်နိုင်သော်လည်း သော့လက်ဗွေကို မလဲနိုင်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="72" />
            <source>The office read me this same fingerprint</source>
            <translation type="unfinished">ရုံးက ဤသော့လက်ဗွေအတိုင်း ကျွန်ုပ်ကို ဖတ်ပြခဲ့သည်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="76" />
            <source>Do not trust</source>
            <translation type="unfinished">မယုံကြည်ပါ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/exchange/peers.py" line="77" />
            <source>Trust this office</source>
            <translation type="unfinished">ဤရုံးကို ယုံကြည်ရန်</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="97" />
            <source>Vault: {path}</source>
            <translation type="unfinished">သိုလှောင်ရာ: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="135" />
            <source>Pick your user name.</source>
            <translation type="unfinished">သင့်အသုံးပြုသူအမည် ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="165" />
            <source>Stopped waiting: nothing was tried.</source>
            <translation type="unfinished">စောင့်ခြင်းကို ရပ်လိုက်သည်- ဘာမျှ မကြိုးစားရသေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="182" />
            <source>Lintas tries in {seconds} s, because of wrong passphrases typed for this user. Press Escape to stop waiting.</source>
            <translation type="unfinished">ဤအသုံးပြုသူအတွက် စကားဝှက် မှားရိုက်ခဲ့သောကြောင့် Lintas သည် {seconds} စက္ကန့်အတွင်း ထပ်ကြိုးစားမည်။ စောင့်ခြင်းကို ရပ်ရန် Esc ကို နှိပ်ပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="187" />
            <source>Because of wrong passphrases, the next try for this user can start in {seconds} s.</source>
            <translation type="unfinished">စကားဝှက် မှားခဲ့သောကြောင့် ဤအသုံးပြုသူ၏ နောက်တစ်ကြိမ် ကြိုးစားမှုကို {seconds} စက္ကန့်အကြာတွင် စတင်နိုင်သည်။</translation>
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
            <location filename="../../ui/unlock.ui" line="73" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">စကားဝှက် မေ့သွားသည်…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="78" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="83" />
            <source>Unlock</source>
            <translation type="unfinished">ဖွင့်ရန်</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="44" />
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
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Enumerator</source>
            <translation type="unfinished">စာရင်းကောက်သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="82" />
            <source>Supervisor</source>
            <translation type="unfinished">ကြီးကြပ်သူ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="111" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">ဖယ်ရှားမည့် အသုံးပြုသူကို အရင်ရွေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="76" />
            <source>Only a supervisor can add or remove users.</source>
            <translation type="unfinished">ကြီးကြပ်သူသာ အသုံးပြုသူကို ထည့်နိုင်၊ ဖယ်ရှားနိုင်သည်။</translation>
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
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="33" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">မှတ်တမ်းကို ပယ်ဖျက်ရသည့် အကြောင်းရင်းကို စကားအနည်းငယ်ဖြင့် ရေးပါ။</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="21" />
            <source>Redact</source>
            <translation type="unfinished">ဖုံးကွယ်ရန်</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="38" />
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
            <location filename="../../ui/void_reason.ui" line="49" />
            <source>Cancel</source>
            <translation type="unfinished">မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="54" />
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
    <context>
        <name>BackupDialog</name>
        <message>
            <source>&amp;Back up</source>
            <translation type="unfinished">အရန်ကူးရန်(&amp;B)</translation>
        </message>
        <message>
            <source>A backup is an encrypted copy of the whole vault, in a new folder. It opens with the same passphrases and recovery key. Keep it on a USB stick or another disk, away from this computer.</source>
            <translation type="unfinished">အရန်မိတ္တူသည် သိုလှောင်ရာ တစ်ခုလုံး၏ ကုဒ်ဝှက်ထားသော မိတ္တူဖြစ်ပြီး ဖိုင်တွဲအသစ်တစ်ခုတွင် ရှိသည်။ ၎င်းကို စကားဝှက်များနှင့် ပြန်လည်ရယူရေး သော့ တူတူဖြင့် ဖွင့်နိုင်သည်။ ဤကွန်ပျူတာနှင့် ဝေးရာ USB သို့မဟုတ် အခြား disk တွင် သိမ်းထားပါ။</translation>
        </message>
        <message>
            <source>Back up the vault</source>
            <translation type="unfinished">သိုလှောင်ရာကို အရန်ကူးရန်</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation type="unfinished">အရန်ကူးနေသည်</translation>
        </message>
        <message>
            <source>Backup cancelled. No copy was left.</source>
            <translation type="unfinished">အရန်ကူးခြင်းကို မလုပ်တော့ပါ။ မိတ္တူ မကျန်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>Copying the vault…</source>
            <translation type="unfinished">သိုလှောင်ရာကို ကူးနေသည်…</translation>
        </message>
        <message>
            <source>Save the backup &amp;as (a new folder):</source>
            <translation type="unfinished">အရန်မိတ္တူကို ဤအမည်ဖြင့် သိမ်းရန် (ဖိုင်တွဲအသစ်)(&amp;A)-</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation type="unfinished">အရန်မိတ္တူကို ဤအမည်ဖြင့် သိမ်းရန်</translation>
        </message>
        <message>
            <source>Say where to save the backup.</source>
            <translation type="unfinished">အရန်မိတ္တူကို မည်သည့်နေရာတွင် သိမ်းမည် ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>The backup is saved in {path}. It opens with the same passphrases and recovery key.</source>
            <translation type="unfinished">အရန်မိတ္တူကို {path} တွင် သိမ်းပြီးပါပြီ။ ၎င်းကို စကားဝှက်များနှင့် ပြန်လည်ရယူရေး သော့ တူတူဖြင့် ဖွင့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>{path} exists already. Choose a new folder name.</source>
            <translation type="unfinished">{path} ရှိပြီးသား ဖြစ်သည်။ ဖိုင်တွဲအမည်အသစ် ရွေးပါ။</translation>
        </message>
        <message>
            <source>&amp;Remind on Home after this many days without a backup (0: never):</source>
            <translation type="unfinished">အရန်မကူးဘဲ ဤရက်အရေအတွက် ကြာလျှင် ပင်မစာမျက်နှာတွင် သတိပေးရန် (0- ဘယ်တော့မှ)(&amp;R)-</translation>
        </message>
        <message>
            <source>Only a supervisor can change the backup reminder.</source>
            <translation type="unfinished">ကြီးကြပ်သူသာ အရန်ကူးရန် သတိပေးချက်ကို ပြောင်းနိုင်သည်။</translation>
        </message>
        <message>
            <source>Sa&amp;ve the reminder</source>
            <translation type="unfinished">သတိပေးချက်ကို သိမ်းရန်(&amp;V)</translation>
        </message>
        <message>
            <source>The backup reminder is off.</source>
            <translation type="unfinished">အရန်ကူးရန် သတိပေးချက်ကို ပိတ်ထားသည်။</translation>
        </message>
        <message>
            <source>The backup reminder is saved for every user of this vault.</source>
            <translation type="unfinished">ဤသိုလှောင်ရာ၏ အသုံးပြုသူအားလုံးအတွက် အရန်ကူးရန် သတိပေးချက်ကို သိမ်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Backup folder:</source>
            <translation type="unfinished">အရန်မိတ္တူ ဖိုင်တွဲ(&amp;B)-</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished">ပြန်ထားရန်(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Unlock the restored vault…</source>
            <translation type="unfinished">ပြန်ထားပြီးသော သိုလှောင်ရာကို ဖွင့်ရန်(&amp;U)…</translation>
        </message>
        <message>
            <source>A restore copies a backup into a new folder, where it is then unlocked. It never writes over a vault: the vault in use stays as it is. Unlock the restored vault with the passphrases or recovery key of the backup.</source>
            <translation type="unfinished">ပြန်ထားခြင်းသည် အရန်မိတ္တူကို ဖိုင်တွဲအသစ်တစ်ခုထဲသို့ ကူးပြီး ထိုနေရာတွင် ဖွင့်သည်။ သိုလှောင်ရာ တစ်ခုခုကို ဘယ်တော့မှ ထပ်မရေးပါ- အသုံးပြုနေသော သိုလှောင်ရာ မပြောင်းလဲပါ။ ပြန်ထားသော သိုလှောင်ရာကို အရန်မိတ္တူ၏ စကားဝှက် သို့မဟုတ် ပြန်လည်ရယူရေး သော့ဖြင့် ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation type="unfinished">အရန်မိတ္တူ ဖိုင်တွဲကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Choose the backup folder (Choose… or type its path).</source>
            <translation type="unfinished">အရန်မိတ္တူ ဖိုင်တွဲကို ရွေးပါ (ရွေးရန်… သို့မဟုတ် ၎င်း၏ လမ်းကြောင်းကို ရိုက်ပါ)။</translation>
        </message>
        <message>
            <source>Copying the backup…</source>
            <translation type="unfinished">အရန်မိတ္တူကို ကူးနေသည်…</translation>
        </message>
        <message>
            <source>Restore &amp;into (a new folder):</source>
            <translation type="unfinished">ပြန်ထားမည့်နေရာ (ဖိုင်တွဲအသစ်)(&amp;I)-</translation>
        </message>
        <message>
            <source>Restore cancelled. Nothing was copied.</source>
            <translation type="unfinished">ပြန်ထားခြင်းကို မလုပ်တော့ပါ။ ဘာမျှ မကူးခဲ့ပါ။</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished">အရန်မိတ္တူမှ ပြန်ထားရန်</translation>
        </message>
        <message>
            <source>Restore into</source>
            <translation type="unfinished">ပြန်ထားမည့်နေရာ</translation>
        </message>
        <message>
            <source>Restoring</source>
            <translation type="unfinished">ပြန်ထားနေသည်</translation>
        </message>
        <message>
            <source>Say which new folder the backup is restored into.</source>
            <translation type="unfinished">အရန်မိတ္တူကို မည်သည့် ဖိုင်တွဲအသစ်ထဲသို့ ပြန်ထားမည် ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>The backup is restored in {path}. Unlock it with the passphrase or recovery key of the backup; the vault in use was not changed.</source>
            <translation type="unfinished">အရန်မိတ္တူကို {path} တွင် ပြန်ထားပြီးပါပြီ။ ၎င်းကို အရန်မိတ္တူ၏ စကားဝှက် သို့မဟုတ် ပြန်လည်ရယူရေး သော့ဖြင့် ဖွင့်ပါ။ အသုံးပြုနေသော သိုလှောင်ရာ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <source>{path} exists already. A restore never writes over it: choose a new folder name.</source>
            <translation type="unfinished">{path} ရှိပြီးသား ဖြစ်သည်။ ပြန်ထားခြင်းသည် ၎င်းကို ဘယ်တော့မှ ထပ်မရေးပါ- ဖိုင်တွဲအမည်အသစ် ရွေးပါ။</translation>
        </message>
        <message>
            <source>{path} is the vault in use. A restore never writes over a vault: choose a new folder.</source>
            <translation type="unfinished">{path} သည် အသုံးပြုနေသော သိုလှောင်ရာ ဖြစ်သည်။ ပြန်ထားခြင်းသည် သိုလှောင်ရာကို ဘယ်တော့မှ ထပ်မရေးပါ- ဖိုင်တွဲအသစ် ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>FormVersionsDialog</name>
        <message>
            <source>By</source>
            <translation type="unfinished">ထည့်သွင်းသူ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Current</source>
            <translation type="unfinished">လက်ရှိ</translation>
        </message>
        <message>
            <source>current version</source>
            <translation type="unfinished">လက်ရှိ ဗားရှင်း</translation>
        </message>
        <message>
            <source>Form</source>
            <translation type="unfinished">ပုံစံ</translation>
        </message>
        <message>
            <source>Forms and versions</source>
            <translation type="unfinished">ပုံစံများနှင့် ဗားရှင်းများ</translation>
        </message>
        <message>
            <source>Forms installed: {forms}. Versions: {versions}.</source>
            <translation type="unfinished">ထည့်သွင်းထားသော ပုံစံများ- {forms}။ ဗားရှင်းများ- {versions}။</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation type="unfinished">ထည့်သွင်းချိန်</translation>
        </message>
        <message>
            <source>New interviews use each form's current version (the one installed last). Older versions stay installed, so that their records still open with the form they were answered with.</source>
            <translation type="unfinished">အင်တာဗျူးအသစ်များသည် ပုံစံတစ်ခုစီ၏ လက်ရှိဗားရှင်း (နောက်ဆုံး ထည့်သွင်းထားသော ဗားရှင်း) ကို သုံးသည်။ ဗားရှင်းဟောင်းများကို ထည့်သွင်းထားဆဲဖြစ်၍ ၎င်းတို့၏ မှတ်တမ်းများကို ဖြေဆိုခဲ့သော ပုံစံဖြင့် ဖွင့်နိုင်ဆဲ ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">မှတ်တမ်းများ</translation>
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished">ဗားရှင်း</translation>
        </message>
    </context>
</TS>
