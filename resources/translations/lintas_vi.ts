<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AutoLockForm</name>
        <message>
            <location filename="../../ui/autolock.ui" line="6" />
            <location filename="../../ui/autolock.ui" line="10" />
            <source>Auto-lock</source>
            <translation type="unfinished">Tự động khóa</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="16" />
            <source>After this many minutes without a key press or mouse click, Lintas closes the vault and asks for the passphrase again. An interview in progress is kept.</source>
            <translation type="unfinished">Sau chừng ấy phút không có phím bấm hay cú nhấp chuột, Lintas đóng kho dữ liệu và hỏi lại cụm mật khẩu. Cuộc phỏng vấn đang làm dở vẫn được giữ.</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="24" />
            <source>Lock when idle:</source>
            <translation type="unfinished">Khóa khi không dùng:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="35" />
            <source>Minutes:</source>
            <translation type="unfinished">Số phút:</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="63" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
        <message>
            <location filename="../../ui/autolock.ui" line="68" />
            <source>Save</source>
            <translation type="unfinished">Lưu</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/lintas/gui/charts.py" line="44" />
            <source>No records yet</source>
            <translation type="unfinished">Chưa có hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="25" />
            <source>User: {user}</source>
            <translation type="unfinished">Người dùng: {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="34" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation type="unfinished">Hai cụm mật khẩu mới khác nhau. Hãy gõ lại.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseForm</name>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="6" />
            <location filename="../../ui/change_passphrase.ui" line="10" />
            <location filename="../../ui/change_passphrase.ui" line="103" />
            <source>Change passphrase</source>
            <translation type="unfinished">Đổi cụm mật khẩu</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="24" />
            <source>Current passphrase:</source>
            <translation type="unfinished">Cụm mật khẩu hiện tại:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="34" />
            <source>New passphrase:</source>
            <translation type="unfinished">Cụm mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="44" />
            <source>New passphrase again:</source>
            <translation type="unfinished">Nhập lại cụm mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="54" />
            <source>Strength:</source>
            <translation type="unfinished">Độ mạnh:</translation>
        </message>
        <message>
            <location filename="../../ui/change_passphrase.ui" line="98" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
    </context>
    <context>
        <name>ComboChoiceField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/choices.py" line="194" />
            <source>Pick one of the choices in the list.</source>
            <translation type="unfinished">Hãy chọn một mục trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../work/wt-h10/src/lintas/gui/entry/choices.py" line="248" />
            <source>No choice matches.</source>
            <translation type="unfinished">Không có lựa chọn nào khớp.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="32" />
            <source>Folder for the new vault</source>
            <translation type="unfinished">Thư mục cho kho mới</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="40" />
            <source>Choose where to keep the vault.</source>
            <translation type="unfinished">Hãy chọn nơi lưu kho.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="42" />
            <source>Something already exists there. Choose a new folder name.</source>
            <translation type="unfinished">Ở đó đã có thứ khác. Hãy chọn tên thư mục mới.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="44" />
            <source>Type the office name.</source>
            <translation type="unfinished">Hãy gõ tên văn phòng.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="46" />
            <source>Type the supervisor's user name.</source>
            <translation type="unfinished">Hãy gõ tên người dùng của giám sát viên.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="48" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">Hai cụm mật khẩu khác nhau. Hãy gõ lại.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultForm</name>
        <message>
            <location filename="../../ui/create_vault.ui" line="6" />
            <location filename="../../ui/create_vault.ui" line="10" />
            <source>Create a new vault</source>
            <translation type="unfinished">Tạo kho mới</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="16" />
            <source>The first user is the office supervisor. Choose a long passphrase: several unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished">Người dùng đầu tiên là giám sát viên văn phòng. Hãy chọn cụm mật khẩu dài: vài từ không liên quan thì dễ nhớ mà khó đoán.</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">Tệp kho:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">Chọn…</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="42" />
            <source>Office name:</source>
            <translation type="unfinished">Tên văn phòng:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="51" />
            <source>Supervisor's user name:</source>
            <translation type="unfinished">Tên người dùng của giám sát viên:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="60" />
            <source>Passphrase:</source>
            <translation type="unfinished">Cụm mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="70" />
            <source>Passphrase again:</source>
            <translation type="unfinished">Nhập lại cụm mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">Độ mạnh:</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
        <message>
            <location filename="../../ui/create_vault.ui" line="129" />
            <source>Create vault</source>
            <translation type="unfinished">Tạo kho</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="164" />
            <source>Add another: {name}</source>
            <translation type="unfinished">Thêm nữa: {name}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="213" />
            <location filename="../../src/lintas/gui/entry/view.py" line="215" />
            <source>Remove</source>
            <translation type="unfinished">Xóa</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/blocks.py" line="301" />
            <source>More questions</source>
            <translation type="unfinished">Câu hỏi khác</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="91" />
            <source>Review and finalise</source>
            <translation type="unfinished">Xem lại và hoàn tất</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="97" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished">Lưu bản nháp (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="101" />
            <source>Review (Ctrl+R)</source>
            <translation type="unfinished">Xem lại (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="216" />
            <source>Remove {address} and all its answers?</source>
            <translation type="unfinished">Xóa {address} và mọi câu trả lời của nó?</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/view.py" line="344" />
            <source>Saved at {time}</source>
            <translation type="unfinished">Đã lưu lúc {time}</translation>
        </message>
    </context>
    <context>
        <name>FieldWidget</name>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="105" />
            <source>Hidden while typed, and never stored: only a pseudonym is kept.</source>
            <translation type="unfinished">Ẩn khi gõ và không bao giờ được lưu: chỉ giữ một bí danh.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="120" />
            <source>This answer is not allowed here.</source>
            <translation type="unfinished">Câu trả lời này không hợp lệ ở đây.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="218" />
            <source>Type the date and time as {format}.</source>
            <translation type="unfinished">Gõ ngày giờ theo dạng {format}.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>Type a number.</source>
            <translation type="unfinished">Hãy gõ một số.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="222" />
            <source>{year} looks like a Buddhist Era year: use {gregorian}</source>
            <translation type="unfinished">{year} có vẻ là năm Phật lịch: dùng {gregorian}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/fields.py" line="234" />
            <source>OK</source>
            <translation type="unfinished">Đồng ý</translation>
        </message>
    </context>
    <context>
        <name>GeoField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="33" />
            <source>Latitude, longitude: 13.75, 100.5 or 13°45&apos;N 100°30&apos;E</source>
            <translation type="unfinished">Vĩ độ, kinh độ: 13.75, 100.5 hoặc 13°45&apos;N 100°30&apos;E</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="35" />
            <source>Points separated by &apos;;&apos;: 13.75, 100.5; 13.76, 100.51</source>
            <translation type="unfinished">Các điểm cách nhau bằng &apos;;&apos;: 13.75, 100.5; 13.76, 100.51</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="42" />
            <source>Altitude (m)</source>
            <translation type="unfinished">Độ cao (m)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="43" />
            <source>Accuracy (m)</source>
            <translation type="unfinished">Độ chính xác (m)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="53" />
            <source>optional</source>
            <translation type="unfinished">không bắt buộc</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="88" />
            <source>Out of range: latitude -90 to 90, longitude -180 to 180, altitude -11000 to 9000 m, accuracy 0 or more.</source>
            <translation type="unfinished">Ngoài phạm vi: vĩ độ -90 đến 90, kinh độ -180 đến 180, độ cao -11000 đến 9000 m, độ chính xác từ 0 trở lên.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="102" />
            <source>Type a latitude and a longitude, such as 13.75, 100.5 or 13°45&apos;30&quot;N 100°30&apos;15&quot;E.</source>
            <translation type="unfinished">Nhập vĩ độ và kinh độ, ví dụ 13.75, 100.5 hoặc 13°45&apos;30&quot;N 100°30&apos;15&quot;E.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="107" />
            <source>Type at least two points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished">Nhập ít nhất hai điểm, mỗi điểm là vĩ độ, kinh độ, cách nhau bằng &apos;;&apos;.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/geo_field.py" line="110" />
            <source>Type at least three different points, each as latitude, longitude, separated by &apos;;&apos;.</source>
            <translation type="unfinished">Nhập ít nhất ba điểm khác nhau, mỗi điểm là vĩ độ, kinh độ, cách nhau bằng &apos;;&apos;.</translation>
        </message>
    </context>
    <context>
        <name>HeldDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="40" />
            <source>Working…</source>
            <translation type="unfinished">Đang xử lý…</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="24" />
            <source>Home</source>
            <translation type="unfinished">Trang chính</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="32" />
            <source>Interviews today</source>
            <translation type="unfinished">Phỏng vấn hôm nay</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="33" />
            <source>This week</source>
            <translation type="unfinished">Tuần này</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="34" />
            <source>In total</source>
            <translation type="unfinished">Tổng cộng</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="35" />
            <source>Drafts waiting</source>
            <translation type="unfinished">Bản nháp đang chờ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>By sex (last 30 days)</source>
            <translation type="unfinished">Theo giới tính (30 ngày qua)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="41" />
            <source>By citizenship (last 30 days)</source>
            <translation type="unfinished">Theo quốc tịch (30 ngày qua)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="42" />
            <source>By day (last 14 days)</source>
            <translation type="unfinished">Theo ngày (14 ngày qua)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="73" />
            <source>Office: {office} · Signed in as {user}</source>
            <translation type="unfinished">Văn phòng: {office} · Đăng nhập là {user}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="85" />
            <source>Others</source>
            <translation type="unfinished">Khác</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/home.py" line="39" />
            <location filename="../../src/lintas/gui/pages/home.py" line="40" />
            <source>Start a new interview</source>
            <translation type="unfinished">Bắt đầu cuộc phỏng vấn mới</translation>
        </message>
    </context>
    <context>
        <name>InterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <source>New, not saved yet</source>
            <translation type="unfinished">Mới, chưa lưu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="70" />
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Draft</source>
            <translation type="unfinished">Bản nháp</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="72" />
            <source>Put away</source>
            <translation type="unfinished">Cất lại</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="112" />
            <source>This person may have been interviewed before ({count} records).</source>
            <translation type="unfinished">Người này có thể đã được phỏng vấn trước đây ({count} hồ sơ).</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="121" />
            <source>Final</source>
            <translation type="unfinished">Hoàn tất</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/interview.py" line="150" />
            <source>Nothing is saved until the respondent agrees to the interview. If they declined, thank them and put the interview away: it is discarded.</source>
            <translation type="unfinished">Không có gì được lưu cho đến khi người trả lời đồng ý phỏng vấn. Nếu họ từ chối, hãy cảm ơn họ và đóng cuộc phỏng vấn: nó sẽ bị hủy.</translation>
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
            <translation type="unfinished">Trang chính</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="77" />
            <source>New interview</source>
            <translation type="unfinished">Phỏng vấn mới</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="79" />
            <source>Records</source>
            <translation type="unfinished">Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="131" />
            <source>Language</source>
            <translation type="unfinished">Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="132" />
            <source>The new language is used the next time Lintas starts.</source>
            <translation type="unfinished">Ngôn ngữ mới được dùng từ lần mở Lintas sau.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="153" />
            <source>Open a vault folder</source>
            <translation type="unfinished">Mở thư mục kho</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="184" />
            <source>The new passphrase is set. Unlock the vault with it.</source>
            <translation type="unfinished">Đã đặt cụm mật khẩu mới. Hãy mở khóa kho bằng nó.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="229" />
            <source>Loading the form…</source>
            <translation type="unfinished">Đang tải biểu mẫu…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="243" />
            <source>Loading the form</source>
            <translation type="unfinished">Đang tải biểu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="271" />
            <source>Interview</source>
            <translation type="unfinished">Phỏng vấn</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/main_window.py" line="283" />
            <source>Interview finalised and saved.</source>
            <translation type="unfinished">Đã hoàn tất và lưu cuộc phỏng vấn.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="27" />
            <source>&amp;Vault</source>
            <translation type="unfinished">&amp;Kho</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="29" />
            <source>New vault…</source>
            <translation type="unfinished">Kho mới…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="32" />
            <source>Open vault…</source>
            <translation type="unfinished">Mở kho…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="35" />
            <source>Lock now</source>
            <translation type="unfinished">Khóa ngay</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="40" />
            <source>Quit</source>
            <translation type="unfinished">Thoát</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="44" />
            <source>&amp;Office</source>
            <translation type="unfinished">&amp;Văn phòng</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="46" />
            <source>Users and roles…</source>
            <translation type="unfinished">Người dùng và vai trò…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="50" />
            <source>Change my passphrase…</source>
            <translation type="unfinished">Đổi cụm mật khẩu của tôi…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="54" />
            <source>Auto-lock…</source>
            <translation type="unfinished">Tự động khóa…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="58" />
            <source>Privacy report…</source>
            <translation type="unfinished">Báo cáo quyền riêng tư…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/office_actions.py" line="89" />
            <source>Passphrase changed.</source>
            <translation type="unfinished">Đã đổi cụm mật khẩu.</translation>
        </message>
        <message>
            <source>Lintas is locked. Unlock the vault to go on.</source>
            <translation type="unfinished">Lintas đang khóa. Mở khóa kho dữ liệu để tiếp tục.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/shortcuts.py" line="45" />
            <source>&amp;Go</source>
            <translation type="unfinished">&amp;Đi tới</translation>
        </message>
    </context>
    <context>
        <name>MediaField</name>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="38" />
            <source>Attach a file…</source>
            <translation type="unfinished">Đính kèm tệp…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="64" />
            <source>Attach a file</source>
            <translation type="unfinished">Đính kèm tệp</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="70" />
            <source>All files (*)</source>
            <translation type="unfinished">Tất cả các tệp (*)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="84" />
            <source>Images</source>
            <translation type="unfinished">Hình ảnh</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="85" />
            <source>Sound recordings</source>
            <translation type="unfinished">Bản ghi âm</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="86" />
            <source>Videos</source>
            <translation type="unfinished">Video</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="99" />
            <source>This file cannot be read. Pick another file.</source>
            <translation type="unfinished">Không đọc được tệp này. Hãy chọn tệp khác.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="105" />
            <source>This file is not an image Lintas can show.</source>
            <translation type="unfinished">Tệp này không phải là hình ảnh mà Lintas hiển thị được.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="112" />
            <source>This file is empty. Pick another file.</source>
            <translation type="unfinished">Tệp này trống. Hãy chọn tệp khác.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="120" />
            <source>This file is {size} MB; at most {limit} MB can be attached.</source>
            <translation type="unfinished">Tệp này có {size} MB; chỉ đính kèm được tối đa {limit} MB.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="150" />
            <source>No file attached.</source>
            <translation type="unfinished">Chưa đính kèm tệp.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="159" />
            <source>{name} (kept in the vault)</source>
            <translation type="unfinished">{name} (lưu trong kho)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="164" />
            <source>{name}, {size} KB</source>
            <translation type="unfinished">{name}, {size} KB</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/media_field.py" line="43" />
            <source>Remove</source>
            <translation type="unfinished">Gỡ bỏ</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="34" />
            <source>New interview</source>
            <translation type="unfinished">Phỏng vấn mới</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="37" />
            <source>Pick a form and press Enter to start.</source>
            <translation type="unfinished">Chọn biểu mẫu rồi nhấn Enter để bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="42" />
            <source>Install a form…</source>
            <translation type="unfinished">Cài biểu mẫu…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="46" />
            <source>Start interview</source>
            <translation type="unfinished">Bắt đầu phỏng vấn</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="51" />
            <source>Drafts waiting (press Enter to resume)</source>
            <translation type="unfinished">Bản nháp đang chờ (nhấn Enter để làm tiếp)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="82" />
            <source>{form} · started {when}</source>
            <translation type="unfinished">{form} · bắt đầu {when}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="92" />
            <source>No form is installed yet. A supervisor installs one.</source>
            <translation type="unfinished">Chưa có biểu mẫu nào. Giám sát viên sẽ cài đặt.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>Install a form</source>
            <translation type="unfinished">Cài biểu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="103" />
            <source>XLSForm (*.xlsx *.xls *.md)</source>
            <translation type="unfinished">XLSForm (*.xlsx *.xls *.md)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="112" />
            <source>Reading {name}…</source>
            <translation type="unfinished">Đang đọc {name}…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="118" />
            <source>Installing the form</source>
            <translation type="unfinished">Đang cài biểu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/new_interview.py" line="122" />
            <source>The form was not installed</source>
            <translation type="unfinished">Chưa cài được biểu mẫu</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="158" />
            <source>Public (k = 5; 11 with sensitive questions)</source>
            <translation type="unfinished">Công khai (k = 5; 11 nếu có câu hỏi nhạy cảm)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="159" />
            <source>Restricted (k = 3; 11 with sensitive questions)</source>
            <translation type="unfinished">Hạn chế (k = 3; 11 nếu có câu hỏi nhạy cảm)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="160" />
            <source>Internal (inside the office)</source>
            <translation type="unfinished">Nội bộ (trong văn phòng)</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="171" />
            <source>Install a form first.</source>
            <translation type="unfinished">Hãy cài biểu mẫu trước.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="173" />
            <source>Checking…</source>
            <translation type="unfinished">Đang kiểm tra…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyReportForm</name>
        <message>
            <location filename="../../ui/privacy_report.ui" line="6" />
            <location filename="../../ui/privacy_report.ui" line="10" />
            <source>Privacy report</source>
            <translation type="unfinished">Báo cáo quyền riêng tư</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="16" />
            <source>Checks whether an export of this form at this level would let a person be picked out (k-anonymity, l-diversity), before anything leaves the office.</source>
            <translation type="unfinished">Kiểm tra xem xuất biểu mẫu này ở mức này có làm lộ ra một người hay không (k-anonymity, l-diversity), trước khi dữ liệu rời văn phòng.</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="24" />
            <source>Form:</source>
            <translation type="unfinished">Biểu mẫu:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="33" />
            <source>Level:</source>
            <translation type="unfinished">Mức:</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="46" />
            <source>Check</source>
            <translation type="unfinished">Kiểm tra</translation>
        </message>
        <message>
            <location filename="../../ui/privacy_report.ui" line="73" />
            <source>Close</source>
            <translation type="unfinished">Đóng</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../src/lintas/gui/progress_dialog.py" line="18" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="210" />
            <source>Record</source>
            <translation type="unfinished">Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="217" />
            <source>Close</source>
            <translation type="unfinished">Đóng</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="233" />
            <source>Possible repeat interviews</source>
            <translation type="unfinished">Các cuộc phỏng vấn có thể trùng lặp</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="251" />
            <source>Same person</source>
            <translation type="unfinished">Cùng một người</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="252" />
            <source>Different people</source>
            <translation type="unfinished">Khác người</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="261" />
            <source>not decided yet</source>
            <translation type="unfinished">chưa quyết định</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="262" />
            <source>decided: the same person</source>
            <translation type="unfinished">đã quyết định: cùng một người</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="263" />
            <source>decided: different people</source>
            <translation type="unfinished">đã quyết định: khác người</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="266" />
            <source>Same identifier as record {record}, found {when}: {verdict}</source>
            <translation type="unfinished">Cùng mã nhận dạng với bản ghi {record}, phát hiện ngày {when}: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="276" />
            <source>Not done</source>
            <translation type="unfinished">Chưa làm được</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="104" />
            <source>Created</source>
            <translation type="unfinished">Ngày tạo</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="105" />
            <source>Form</source>
            <translation type="unfinished">Biểu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="106" />
            <source>Status</source>
            <translation type="unfinished">Trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="107" />
            <source>Rev.</source>
            <translation type="unfinished">Bản</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="108" />
            <source>By</source>
            <translation type="unfinished">Người làm</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="109" />
            <source>Answers</source>
            <translation type="unfinished">Câu trả lời</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="110" />
            <source>Record id</source>
            <translation type="unfinished">Mã hồ sơ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="113" />
            <source>draft</source>
            <translation type="unfinished">nháp</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="114" />
            <source>final</source>
            <translation type="unfinished">hoàn tất</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records_model.py" line="115" />
            <source>void</source>
            <translation type="unfinished">đã vô hiệu</translation>
        </message>
    </context>
    <context>
        <name>RecordsPage</name>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="46" />
            <source>Records</source>
            <translation type="unfinished">Hồ sơ</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="69" />
            <source>Search…</source>
            <translation type="unfinished">Tìm…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="74" />
            <source>Any status</source>
            <translation type="unfinished">Mọi trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="76" />
            <source>Drafts</source>
            <translation type="unfinished">Bản nháp</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="77" />
            <source>Final</source>
            <translation type="unfinished">Đã hoàn tất</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="78" />
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>Void</source>
            <translation type="unfinished">Đã vô hiệu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="82" />
            <source>Since</source>
            <translation type="unfinished">Từ ngày</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="97" />
            <source>View</source>
            <translation type="unfinished">Xem</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="98" />
            <source>Edit as new revision</source>
            <translation type="unfinished">Sửa thành bản mới</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="99" />
            <source>Finalise</source>
            <translation type="unfinished">Hoàn tất</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="100" />
            <source>Void…</source>
            <translation type="unfinished">Vô hiệu hóa…</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="119" />
            <source>Any form</source>
            <translation type="unfinished">Mọi biểu mẫu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="120" />
            <source>Any user</source>
            <translation type="unfinished">Mọi người dùng</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="149" />
            <source>{count} records match.</source>
            <translation type="unfinished">{count} hồ sơ phù hợp.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="171" />
            <source>A void record cannot be edited.</source>
            <translation type="unfinished">Không thể sửa hồ sơ đã vô hiệu.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="185" />
            <source>Record {uuid} ({form}, {when})</source>
            <translation type="unfinished">Hồ sơ {uuid} ({form}, {when})</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/pages/records.py" line="200" />
            <source>Not done</source>
            <translation type="unfinished">Chưa làm được</translation>
        </message>
    </context>
    <context>
        <name>RecoverDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="146" />
            <source>The vault folder</source>
            <translation type="unfinished">Thư mục kho</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="153" />
            <source>The two passphrases differ. Type them again.</source>
            <translation type="unfinished">Hai cụm mật khẩu khác nhau. Hãy gõ lại.</translation>
        </message>
    </context>
    <context>
        <name>RecoverForm</name>
        <message>
            <location filename="../../ui/recover.ui" line="6" />
            <location filename="../../ui/recover.ui" line="10" />
            <source>Recover with the recovery key</source>
            <translation type="unfinished">Khôi phục bằng khóa khôi phục</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="16" />
            <source>Type the recovery key exactly as printed, then choose a new passphrase for your user. The data in the vault is not changed.</source>
            <translation type="unfinished">Gõ khóa khôi phục đúng như bản in, rồi chọn cụm mật khẩu mới cho người dùng của bạn. Dữ liệu trong kho không thay đổi.</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="24" />
            <source>Vault file:</source>
            <translation type="unfinished">Tệp kho:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="35" />
            <source>Choose…</source>
            <translation type="unfinished">Chọn…</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="42" />
            <source>Recovery key:</source>
            <translation type="unfinished">Khóa khôi phục:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="51" />
            <source>User:</source>
            <translation type="unfinished">Người dùng:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="60" />
            <source>New passphrase:</source>
            <translation type="unfinished">Cụm mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="70" />
            <source>New passphrase again:</source>
            <translation type="unfinished">Nhập lại cụm mật khẩu mới:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="80" />
            <source>Strength:</source>
            <translation type="unfinished">Độ mạnh:</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="124" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
        <message>
            <location filename="../../ui/recover.ui" line="129" />
            <source>Recover</source>
            <translation type="unfinished">Khôi phục</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="28" />
            <source>Office: {office}
Vault: {path}</source>
            <translation type="unfinished">Văn phòng: {office}
Kho: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="40" />
            <source>Lintas vault recovery key</source>
            <translation type="unfinished">Khóa khôi phục kho Lintas</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="43" />
            <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer.</source>
            <translation type="unfinished">Ai giữ khóa này đều mở được kho. Hãy cất khóa kỹ, tách khỏi máy tính.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/recovery_key.py" line="60" />
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished">Lưu khóa khôi phục thành PDF</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyForm</name>
        <message>
            <location filename="../../ui/recovery_key.ui" line="6" />
            <location filename="../../ui/recovery_key.ui" line="10" />
            <source>Your recovery key</source>
            <translation type="unfinished">Khóa khôi phục của bạn</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="16" />
            <source>This key is shown only once. With it, anyone can open the vault, and without it a forgotten passphrase cannot be undone. Print it or save it as a PDF, and keep it locked away from this computer.</source>
            <translation type="unfinished">Khóa này chỉ hiện một lần. Có nó, ai cũng mở được kho; không có nó, cụm mật khẩu bị quên sẽ không khắc phục được. Hãy in hoặc lưu thành PDF và cất kỹ, xa máy tính này.</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="39" />
            <source>Print…</source>
            <translation type="unfinished">In…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="44" />
            <source>Save as PDF…</source>
            <translation type="unfinished">Lưu thành PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="57" />
            <source>I have printed or saved the recovery key and will keep it safe.</source>
            <translation type="unfinished">Tôi đã in hoặc lưu khóa khôi phục và sẽ giữ an toàn.</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key.ui" line="76" />
            <source>Continue</source>
            <translation type="unfinished">Tiếp tục</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="27" />
            <source>Review before finalising</source>
            <translation type="unfinished">Xem lại trước khi hoàn tất</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="42" />
            <source>Finalise interview</source>
            <translation type="unfinished">Hoàn tất phỏng vấn</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/lintas/gui/entry/review.py" line="63" />
            <source>%n problem(s) to fix before this interview can be finalised.</source>
            <translation type="unfinished">
                <numerusform>Còn %n lỗi phải sửa trước khi hoàn tất cuộc phỏng vấn.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="70" />
            <source>No problems. Check the warnings: finalising saves the text as it is.</source>
            <translation type="unfinished">Không có lỗi. Hãy xem các cảnh báo: hoàn tất sẽ lưu văn bản như hiện tại.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="73" />
            <source>No problems. The interview can be finalised.</source>
            <translation type="unfinished">Không có lỗi. Có thể hoàn tất cuộc phỏng vấn.</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/entry/review.py" line="40" />
            <source>I checked the flagged answers: they hold no name, number or address</source>
            <translation type="unfinished">Tôi đã kiểm tra các câu trả lời bị đánh dấu: không có tên, số hay địa chỉ</translation>
        </message>
    </context>
    <context>
        <name>Strength</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="15" />
            <source>Too short</source>
            <translation type="unfinished">Quá ngắn</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="16" />
            <source>Weak</source>
            <translation type="unfinished">Yếu</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="17" />
            <source>Fair</source>
            <translation type="unfinished">Tạm được</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="18" />
            <source>Good</source>
            <translation type="unfinished">Tốt</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/base.py" line="19" />
            <source>Strong</source>
            <translation type="unfinished">Mạnh</translation>
        </message>
    </context>
    <context>
        <name>TextGuard</name>
        <message>
            <source>an e-mail address</source>
            <translation type="unfinished">địa chỉ e-mail</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation type="unfinished">địa chỉ trang web</translation>
        </message>
        <message>
            <source>an ID card number</source>
            <translation type="unfinished">số thẻ căn cước</translation>
        </message>
        <message>
            <source>a passport number</source>
            <translation type="unfinished">số hộ chiếu</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation type="unfinished">số điện thoại</translation>
        </message>
        <message>
            <source>a long number (an ID or account number)</source>
            <translation type="unfinished">một dãy số dài (số định danh hoặc số tài khoản)</translation>
        </message>
        <message>
            <source>This answer looks like it holds {kinds}. Lintas must not store it: press Redact, or change the answer.</source>
            <translation type="unfinished">Câu trả lời này có vẻ chứa {kinds}. Lintas không được lưu thông tin này: bấm Che thông tin, hoặc sửa câu trả lời.</translation>
        </message>
        <message>
            <source>This Myanmar text is typed in Zawgyi: {button} converts it to Unicode.</source>
            <translation type="unfinished">Văn bản tiếng Myanmar này được gõ bằng Zawgyi: {button} sẽ chuyển nó sang Unicode.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation type="unfinished">, </translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation type="unfinished">{items} và {last}</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished">Che thông tin</translation>
        </message>
        <message>
            <source>Convert to Unicode</source>
            <translation type="unfinished">Chuyển sang Unicode</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="93" />
            <source>Vault: {path}</source>
            <translation type="unfinished">Kho: {path}</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/vault_dialogs.py" line="106" />
            <source>Pick your user name.</source>
            <translation type="unfinished">Hãy chọn tên người dùng của bạn.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <location filename="../../ui/unlock.ui" line="6" />
            <location filename="../../ui/unlock.ui" line="10" />
            <source>Unlock the vault</source>
            <translation type="unfinished">Mở khóa kho</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="24" />
            <source>User:</source>
            <translation type="unfinished">Người dùng:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="34" />
            <source>Passphrase:</source>
            <translation type="unfinished">Cụm mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="67" />
            <source>Forgotten passphrase…</source>
            <translation type="unfinished">Quên cụm mật khẩu…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="72" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.ui" line="77" />
            <source>Unlock</source>
            <translation type="unfinished">Mở khóa</translation>
        </message>
        <message>
            <source>Remember my name and this vault on this computer</source>
            <translation type="unfinished">Ghi nhớ tên tôi và kho này trên máy tính này</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>User</source>
            <translation type="unfinished">Người dùng</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Role</source>
            <translation type="unfinished">Vai trò</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="62" />
            <source>Added</source>
            <translation type="unfinished">Ngày thêm</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Enumerator</source>
            <translation type="unfinished">Điều tra viên</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="78" />
            <source>Supervisor</source>
            <translation type="unfinished">Giám sát viên</translation>
        </message>
        <message>
            <location filename="../../src/lintas/gui/dialogs/admin.py" line="107" />
            <source>Select the user to remove first.</source>
            <translation type="unfinished">Hãy chọn người dùng cần xóa trước.</translation>
        </message>
    </context>
    <context>
        <name>UsersForm</name>
        <message>
            <location filename="../../ui/users.ui" line="6" />
            <location filename="../../ui/users.ui" line="10" />
            <source>Users and roles</source>
            <translation type="unfinished">Người dùng và vai trò</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="22" />
            <source>Add a user</source>
            <translation type="unfinished">Thêm người dùng</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="26" />
            <source>User name:</source>
            <translation type="unfinished">Tên người dùng:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="35" />
            <source>Role:</source>
            <translation type="unfinished">Vai trò:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="44" />
            <source>Their passphrase:</source>
            <translation type="unfinished">Cụm mật khẩu của họ:</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="54" />
            <source>Add user</source>
            <translation type="unfinished">Thêm người dùng</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="77" />
            <source>Remove selected user</source>
            <translation type="unfinished">Xóa người dùng đã chọn</translation>
        </message>
        <message>
            <location filename="../../ui/users.ui" line="82" />
            <source>Close</source>
            <translation type="unfinished">Đóng</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonDialog</name>
        <message>
            <location filename="../../src/lintas/gui/dialogs/void_reason.py" line="26" />
            <source>Say why the record is void, in a few words.</source>
            <translation type="unfinished">Hãy ghi ngắn gọn lý do vô hiệu hóa hồ sơ.</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation type="unfinished">Che thông tin</translation>
        </message>
        <message>
            <source>This reason looks like it holds a phone number, an e-mail, a web address or a document number. Lintas never stores them: press Redact, or write the reason without them.</source>
            <translation type="unfinished">Lý do này có vẻ chứa số điện thoại, e-mail, địa chỉ web hoặc số giấy tờ. Lintas không bao giờ lưu chúng: bấm Che thông tin, hoặc viết lý do mà không có chúng.</translation>
        </message>
    </context>
    <context>
        <name>VoidReasonForm</name>
        <message>
            <location filename="../../ui/void_reason.ui" line="6" />
            <location filename="../../ui/void_reason.ui" line="10" />
            <source>Void a record</source>
            <translation type="unfinished">Vô hiệu hóa một hồ sơ</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="22" />
            <source>Why is this record void? The reason is kept in the audit trail.</source>
            <translation type="unfinished">Vì sao vô hiệu hóa hồ sơ này? Lý do được lưu trong nhật ký kiểm tra.</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="46" />
            <source>Cancel</source>
            <translation type="unfinished">Hủy</translation>
        </message>
        <message>
            <location filename="../../ui/void_reason.ui" line="51" />
            <source>Void record</source>
            <translation type="unfinished">Vô hiệu hóa hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>WelcomeForm</name>
        <message>
            <location filename="../../ui/welcome.ui" line="6" />
            <location filename="../../ui/welcome.ui" line="16" />
            <source>Welcome to Lintas</source>
            <translation type="unfinished">Chào mừng đến với Lintas</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="23" />
            <source>Lintas keeps migrant-worker survey records in an encrypted vault on this computer. Create a new vault for your office, or open one you already have.</source>
            <translation type="unfinished">Lintas lưu hồ sơ khảo sát lao động di cư trong một kho được mã hóa trên máy tính này. Hãy tạo kho mới cho văn phòng, hoặc mở kho bạn đã có.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="38" />
            <source>Create a new vault…</source>
            <translation type="unfinished">Tạo kho mới…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="44" />
            <source>Open an existing vault…</source>
            <translation type="unfinished">Mở kho có sẵn…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="49" />
            <source>Recover with the recovery key…</source>
            <translation type="unfinished">Khôi phục bằng khóa khôi phục…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.ui" line="62" />
            <source>Language of the app:</source>
            <translation type="unfinished">Ngôn ngữ của ứng dụng:</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../src/lintas/gui/errors.py" line="33" />
            <source>Unexpected problem</source>
            <translation type="unfinished">Sự cố không mong muốn</translation>
        </message>
    </context>
</TS>