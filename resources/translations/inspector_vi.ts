<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person not on the roster</source>
        <translation>Thêm người không có trong danh sách</translation>
    </message>
    <message>
        <source>Someone working at the unit who is not on the list of staff on duty.</source>
        <translation>Người đang làm việc tại đơn vị nhưng không có trong danh sách những người làm nhiệm vụ.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>Post, &amp;counter:</source>
        <translation>&amp;Vị trí, quầy:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>VD: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Camera</source>
        <translation>Máy ảnh</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Chụp ảnh</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>Who signs on this laptop</source>
        <translation>Người ký số trên máy này</translation>
    </message>
    <message>
        <source>No digital signature yet</source>
        <translation>Chưa dùng chữ ký số</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation>&amp;Tệp chứng thư số (.p12 hoặc .pfx)</translation>
    </message>
    <message>
        <source>A USB &amp;token (PKCS#11)</source>
        <translation>&amp;USB token (PKCS#11)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation>Thư viện token:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Nhãn token:</translation>
    </message>
    <message>
        <source>Key label:</source>
        <translation>Nhãn khóa:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Find tokens</source>
        <translation>Tìm token</translation>
    </message>
    <message>
        <source>The token driver&apos;s PKCS#11 library (.dll or .so), from the CA</source>
        <translation>Thư viện PKCS#11 trong trình điều khiển token (.dll hoặc .so) của nhà cung cấp chữ ký số (CA)</translation>
    </message>
    <message>
        <source>Trusted certificates (for verifying)</source>
        <translation>Chứng thư số tin cậy (dùng khi xác thực chữ ký)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;hêm…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Timestamp server:</source>
        <translation>Máy chủ dấu thời gian:</translation>
    </message>
    <message>
        <source>Optional, e.g. http://tsa.example.vn; signing works offline without it</source>
        <translation>Không bắt buộc, VD: http://tsa.example.vn; nếu để trống vẫn ký được khi không có mạng</translation>
    </message>
    <message>
        <source>Passphrases and PINs are never stored: they are asked each time you sign. A signer is trusted when their certificate, or the CA certificate that issued it, is in the list.</source>
        <translation>Mật khẩu và mã PIN không bao giờ được lưu: mỗi lần ký, ứng dụng sẽ hỏi lại. Người ký được tin cậy khi chứng thư số của người đó, hoặc chứng thư số của tổ chức chứng thực (CA) đã cấp chứng thư đó, có trong danh sách.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Hãy chọn tệp chứng thư số.</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Không tìm thấy tệp chứng thư số %1.</translation>
    </message>
    <message>
        <source>Give the token library, the token label and the key label.</source>
        <translation>Hãy nhập thư viện token, nhãn token và nhãn khóa.</translation>
    </message>
    <message>
        <source>The token library %1 does not exist.</source>
        <translation>Không tìm thấy thư viện token %1.</translation>
    </message>
    <message>
        <source>The timestamp server&apos;s address starts with http:// or https://.</source>
        <translation>Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>No token is plugged in.</source>
        <translation>Chưa cắm token nào vào máy.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Token library</source>
        <translation>Thư viện token</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Chứng thư số tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>✓ Compliant</source>
        <translation>✓ Đạt</translation>
    </message>
    <message>
        <source>✗ Not compliant</source>
        <translation>✗ Không đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>nhẹ</translation>
    </message>
    <message>
        <source>major</source>
        <translation>nặng</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Guidance (F1)</source>
        <translation>Hướng dẫn (F1)</translation>
    </message>
    <message>
        <source>Show the guidance and the regulation of the item</source>
        <translation>Xem hướng dẫn và quy định của nội dung kiểm tra</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;C&lt;/b&gt; compliant · &lt;b&gt;2&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; not compliant · &lt;b&gt;3&lt;/b&gt; not applicable · choices: the choice&apos;s number · numbers, times, text: type, or &lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;F2&lt;/b&gt; · &lt;b&gt;N&lt;/b&gt; note · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑↓&lt;/b&gt; move · &lt;b&gt;F1&lt;/b&gt;/&lt;b&gt;?&lt;/b&gt; guidance</source>
        <translation>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;C&lt;/b&gt; đạt · &lt;b&gt;2&lt;/b&gt;/&lt;b&gt;K&lt;/b&gt; không đạt · &lt;b&gt;3&lt;/b&gt; không áp dụng · lựa chọn: số thứ tự của lựa chọn · số, giờ, văn bản: gõ trực tiếp, hoặc &lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;F2&lt;/b&gt; · &lt;b&gt;N&lt;/b&gt; ghi chú · &lt;b&gt;Del&lt;/b&gt; xóa · &lt;b&gt;↑↓&lt;/b&gt; di chuyển · &lt;b&gt;F1&lt;/b&gt;/&lt;b&gt;?&lt;/b&gt; hướng dẫn</translation>
    </message>
    <message>
        <source>Every unit item is answered.</source>
        <translation>Đã đánh giá tất cả nội dung của đơn vị.</translation>
    </message>
    <message>
        <source>%1/%2 items answered</source>
        <translation>%1/%2 nội dung đã đánh giá</translation>
    </message>
    <message>
        <source>This inspection is completed and read-only; reopen it to change it.</source>
        <translation>Cuộc kiểm tra đã hoàn thành nên chỉ xem được; hãy mở lại nếu cần sửa.</translation>
    </message>
    <message>
        <source>Why not compliant? (a note; Esc to skip)</source>
        <translation>Vì sao không đạt? (ghi chú; Esc để bỏ qua)</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Ghi chú về “%1”:</translation>
    </message>
    <message>
        <source>Not a time: type hours and minutes, e.g. 07:30</source>
        <translation>Giờ không hợp lệ: hãy gõ giờ và phút, VD: 07:30</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2, without thousands separators</source>
        <translation>Hãy gõ một số từ %1 đến %2, không dùng dấu phân cách hàng nghìn</translation>
    </message>
    <message>
        <source>Type a number of at least %1, without thousands separators</source>
        <translation>Hãy gõ một số không nhỏ hơn %1, không dùng dấu phân cách hàng nghìn</translation>
    </message>
    <message>
        <source>Type a number, e.g. 95,5, without thousands separators</source>
        <translation>Hãy gõ một số, VD: 95,5, không dùng dấu phân cách hàng nghìn</translation>
    </message>
    <message>
        <source>Not a valid answer</source>
        <translation>Câu trả lời không hợp lệ</translation>
    </message>
</context>
<context>
    <name>ConclusionView</name>
    <message>
        <source>Fills the conclusions and the recommendations from the roll call and the checklists; edit them as you like. Everything is saved as you type.</source>
        <translation>Điền kết luận và kiến nghị từ kết quả điểm danh và phiếu kiểm tra; bạn có thể sửa tùy ý. Mọi nội dung được lưu ngay khi gõ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conclusions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kết luận&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The unit&apos;s explanation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ý kiến giải trình của đơn vị&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What the unit&apos;s representative says about the findings</source>
        <translation>Ý kiến của đại diện đơn vị về kết quả kiểm tra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendations and deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kiến nghị, yêu cầu khắc phục và thời hạn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Draft from findings</source>
        <translation>&amp;Soạn từ kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Add &amp;recommendation</source>
        <translation>&amp;Bổ sung kiến nghị</translation>
    </message>
    <message>
        <source>Inspection ended at:</source>
        <translation>Kết thúc kiểm tra lúc:</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Bây giờ</translation>
    </message>
    <message>
        <source>Drafted from the findings; edit as needed.</source>
        <translation>Đã soạn từ kết quả kiểm tra; hãy sửa nếu cần.</translation>
    </message>
    <message>
        <source>Replace the text?</source>
        <translation>Thay nội dung đã nhập?</translation>
    </message>
    <message>
        <source>The conclusions or recommendations hold text you typed. Replace them with a new draft from the findings?</source>
        <translation>Kết luận hoặc kiến nghị đang có nội dung bạn đã gõ. Thay bằng bản soạn mới từ kết quả kiểm tra?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Giữ nội dung của tôi</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Inspector — unexpected error</source>
        <translation>Inspector — lỗi không mong muốn</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Chi tiết lỗi đã được ghi vào tệp nhật ký:
%1</translation>
    </message>
    <message>
        <source>The log file could not be written.</source>
        <translation>Không ghi được tệp nhật ký.</translation>
    </message>
    <message>
        <source>Inspector met an unexpected error:</source>
        <translation>Inspector gặp lỗi không mong muốn:</translation>
    </message>
    <message>
        <source>Everything entered up to the last change is saved. You can go on working, or close Inspector and start it again.</source>
        <translation>Mọi thông tin đã nhập, đến thay đổi gần nhất, đều đã được lưu. Bạn có thể tiếp tục làm việc, hoặc đóng Inspector rồi mở lại.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;Quit Inspector</source>
        <translation>&amp;Thoát Inspector</translation>
    </message>
</context>
<context>
    <name>DigitalSigning</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Sai mật khẩu. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again (a token locks itself after a few wrong PINs).</source>
        <translation>Sai mã PIN. Hãy thử lại (token sẽ tự khóa sau vài lần nhập sai mã PIN).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Nặng</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Nhẹ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng giờ</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Attire neat</source>
        <translation>Trang phục gọn gàng</translation>
    </message>
    <message>
        <source>Badge worn</source>
        <translation>Đeo thẻ</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>Computed from the roll call and the checklists as recorded so far; percentages are of the people called or of the answers given.</source>
        <translation>Tính từ kết quả điểm danh và phiếu kiểm tra đã ghi nhận đến lúc này; tỷ lệ phần trăm tính trên số người đã điểm danh hoặc số nội dung đã đánh giá.</translation>
    </message>
    <message>
        <source>%1 not called yet</source>
        <translation>%1 người chưa điểm danh</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>đi muộn: %1</translation>
    </message>
    <message>
        <source>with leave %1 · without leave %2</source>
        <translation>có phép %1 · không phép %2</translation>
    </message>
    <message>
        <source>not in this inspection&apos;s forms</source>
        <translation>không có trong phiếu của cuộc kiểm tra này</translation>
    </message>
    <message>
        <source>%1 not assessed</source>
        <translation>%1 chưa đánh giá</translation>
    </message>
    <message>
        <source>People who fell short (%1)</source>
        <translation>Người có vi phạm (%1)</translation>
    </message>
    <message>
        <source>Nobody so far.</source>
        <translation>Chưa có ai.</translation>
    </message>
    <message>
        <source>Items not compliant (%1)</source>
        <translation>Nội dung không đạt (%1)</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>Figures recorded</source>
        <translation>Số liệu đã ghi nhận</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Inspections on this laptop</source>
        <extracomment>Inspections Home lists at a time, newest first (a laptop may hold years of them: listing 10,000 would keep the UI thread busy for half a second); &quot;Show more&quot; lists more.</extracomment>
        <translation>Các cuộc kiểm tra trên máy này</translation>
    </message>
    <message>
        <source>Search by unit, document number or person…</source>
        <translation>Tìm theo đơn vị, số biên bản hoặc tên người…</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>Tìm ngay khi gõ (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>From – to…</source>
        <translation>Từ ngày – đến ngày…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>Cuộc kiểm tra &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Xóa bản nháp</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Xóa bản nháp…</translation>
    </message>
    <message>
        <source>Opening data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>No inspection matches the search and filters.</source>
        <translation>Không có cuộc kiểm tra nào khớp với nội dung tìm kiếm và bộ lọc.</translation>
    </message>
    <message>
        <source>No inspections on this laptop yet.
Press Ctrl+N to start a new inspection.</source>
        <translation>Chưa có cuộc kiểm tra nào trên máy này.
Nhấn Ctrl+N để bắt đầu một cuộc kiểm tra mới.</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n inspection(s)</source>
        <translation>
            <numerusform>%n cuộc kiểm tra gần nhất</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n cuộc kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Xem thêm %n cuộc</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>Xóa cuộc kiểm tra</translation>
    </message>
    <message>
        <source>The inspection of {unit} on {date} is completed and cannot be deleted.</source>
        <translation>Cuộc kiểm tra tại {unit} ngày {date} đã hoàn thành nên không thể xóa.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Delete the draft inspection of {unit} on {date}?

Everything recorded in it is deleted too. This cannot be undone.</source>
        <translation>Xóa bản nháp cuộc kiểm tra tại {unit} ngày {date}?

Mọi nội dung đã ghi trong bản nháp cũng bị xóa. Không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Enter: save · Esc: cancel</source>
        <translation>Enter: lưu · Esc: hủy</translation>
    </message>
</context>
<context>
    <name>InspectionHeader</name>
    <message>
        <source>Started %1</source>
        <translation>Bắt đầu lúc %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>Team head: %1</source>
        <translation>Trưởng đoàn: %1</translation>
    </message>
    <message>
        <source>%1 %2 — read-only</source>
        <translation>%1 %2 — chỉ xem</translation>
    </message>
    <message>
        <source>← Home</source>
        <translation>← Trang chủ</translation>
    </message>
    <message>
        <source>Back to the list of inspections</source>
        <translation>Về danh sách các cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Mark the inspection completed; it becomes read-only</source>
        <translation>Đánh dấu cuộc kiểm tra là đã hoàn thành; sau đó chỉ xem được</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>Reopen with the team head&apos;s name and a reason</source>
        <translation>Mở lại, cần họ tên trưởng đoàn và lý do</translation>
    </message>
</context>
<context>
    <name>InspectionListModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Team head</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
</context>
<context>
    <name>InspectionPlaceholder</name>
    <message>
        <source>The inspection screens are not part of this build yet.</source>
        <translation>Các màn hình kiểm tra chưa có trong bản này.</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Về Trang chủ</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <source>Roll call</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Unit checklists</source>
        <translation>Phiếu kiểm tra đơn vị</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Sign &amp; export</source>
        <translation>Ký và xuất biên bản</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>%1 people without a roll-call status: %2</source>
        <translation>%1 người chưa điểm danh: %2</translation>
    </message>
    <message>
        <source>%1 people with staff items not assessed: %2</source>
        <translation>%1 người còn nội dung chưa đánh giá: %2</translation>
    </message>
    <message>
        <source>%1 unit items not answered:</source>
        <translation>%1 nội dung của đơn vị chưa đánh giá:</translation>
    </message>
    <message>
        <source>Amendment created: correct it, complete it and sign it</source>
        <translation>Đã tạo biên bản sửa đổi, bổ sung: hãy chỉnh sửa, hoàn thành rồi ký</translation>
    </message>
    <message>
        <source>Complete the inspection</source>
        <translation>Hoàn thành cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Complete this inspection? It becomes read-only; changing it later needs the team head&apos;s name and a reason.</source>
        <translation>Hoàn thành cuộc kiểm tra này? Sau đó cuộc kiểm tra chỉ xem được; muốn sửa lại cần họ tên trưởng đoàn và lý do.</translation>
    </message>
    <message>
        <source>Everything has been recorded.</source>
        <translation>Đã ghi nhận đầy đủ mọi nội dung.</translation>
    </message>
    <message>
        <source>Not recorded yet:</source>
        <translation>Chưa ghi nhận:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The inspection is completed and now read-only.</source>
        <translation>Cuộc kiểm tra đã hoàn thành, từ giờ chỉ xem được.</translation>
    </message>
    <message>
        <source>This is not the name of the team head of this inspection.</source>
        <translation>Đây không phải họ tên trưởng đoàn của cuộc kiểm tra này.</translation>
    </message>
    <message>
        <source>The inspection is open for changes again.</source>
        <translation>Cuộc kiểm tra đã được mở lại để sửa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector — surprise inspections</source>
        <translation>Inspector — Kiểm tra đột xuất</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>Cuộc kiểm tra &amp;mới…</translation>
    </message>
    <message>
        <source>New inspection (Ctrl+N)</source>
        <translation>Cuộc kiểm tra mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>&amp;Xác thực PDF đã ký…</translation>
    </message>
    <message>
        <source>Check the signatures of minutes received or exported (any PDF)</source>
        <translation>Kiểm tra chữ ký của biên bản đã nhận hoặc đã xuất (tệp PDF bất kỳ)</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>Chứng thư &amp;số…</translation>
    </message>
    <message>
        <source>The certificate or USB token that signs, trusted certificates, timestamps</source>
        <translation>Chứng thư số hoặc USB token dùng để ký, chứng thư số tin cậy, dấu thời gian</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>Trang &amp;chủ</translation>
    </message>
    <message>
        <source>Back to the list of inspections (Ctrl+H)</source>
        <translation>Về danh sách các cuộc kiểm tra (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>Search the inspections (Ctrl+F)</source>
        <translation>Tìm các cuộc kiểm tra (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Hồ sơ cá nhân…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>&amp;About Inspector</source>
        <translation>&amp;Giới thiệu Inspector</translation>
    </message>
    <message>
        <source>Every change is saved automatically</source>
        <translation>Mọi thay đổi được lưu tự động</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>The data in %1 could not be opened:</source>
        <translation>Không mở được dữ liệu trong %1:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>There are no inspections on this laptop yet.

Load the demo data to try Inspector? It adds a service center with 25 staff, an inspection team, one completed inspection and one draft. You can delete the draft later.</source>
        <translation>Trên máy này chưa có cuộc kiểm tra nào.

Nạp dữ liệu mẫu để dùng thử Inspector? Dữ liệu mẫu gồm một Trung tâm Phục vụ hành chính công với 25 người làm việc, một đoàn kiểm tra, một cuộc kiểm tra đã hoàn thành và một bản nháp. Bạn có thể xóa bản nháp sau.</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Đang nạp dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Demo data loaded.</source>
        <translation>Đã nạp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Could not remember the current place: %1</source>
        <translation>Không ghi nhớ được vị trí làm việc hiện tại: %1</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>Enter / double click</source>
        <translation>Enter / nhấp đúp</translation>
    </message>
    <message>
        <source>Open the selected inspection</source>
        <translation>Mở cuộc kiểm tra đang chọn</translation>
    </message>
    <message>
        <source>Delete the selected draft (asks first)</source>
        <translation>Xóa bản nháp đang chọn (có hỏi lại)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Về Trang chủ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Danh sách phím tắt này</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Surprise inspections of public-service discipline: roll call, checklists, findings and the minutes, on site and offline.</source>
        <translation>Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính: điểm danh, phiếu kiểm tra, kết quả kiểm tra và biên bản, ngay tại đơn vị, không cần mạng.</translation>
    </message>
    <message>
        <source>Font: Be Vietnam Pro (SIL Open Font License 1.1).</source>
        <translation>Phông chữ: Be Vietnam Pro (giấy phép SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <source>About Inspector</source>
        <translation>Giới thiệu Inspector</translation>
    </message>
</context>
<context>
    <name>MinutesPreview</name>
    <message>
        <source>Refresh</source>
        <extracomment>Zoom steps of the zoom-in / zoom-out actions and the zoom box.</extracomment>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Render the minutes again from the inspection (F5)</source>
        <translation>Tạo lại biên bản từ dữ liệu cuộc kiểm tra (F5)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Preparing the minutes…</source>
        <translation>Đang chuẩn bị biên bản…</translation>
    </message>
    <message>
        <source>The minutes could not be prepared: %1</source>
        <translation>Không tạo được biên bản: %1</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Đang tạo trang…</translation>
    </message>
    <message>
        <source>%1 · %2 pages · %3 KB</source>
        <translation>%1 · %2 trang · %3 KB</translation>
    </message>
    <message>
        <source>%1 pages · %2 photos · %3 KB</source>
        <translation>%1 trang · %2 ảnh · %3 KB</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <source>New inspection</source>
        <translation>Cuộc kiểm tra mới</translation>
    </message>
    <message>
        <source>Unit and time</source>
        <translation>Đơn vị và thời gian</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Type to search the units…</source>
        <translation>Gõ để tìm đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>Thời gian &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Document no.:</source>
        <translation>&amp;Số biên bản:</translation>
    </message>
    <message>
        <source>optional, e.g. 15/BB-ĐKT</source>
        <translation>không bắt buộc, VD: 15/BB-ĐKT</translation>
    </message>
    <message>
        <source>Inspection team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Team &amp;head:</source>
        <translation>Trưởng đoà&amp;n:</translation>
    </message>
    <message>
        <source>Se&amp;cretary:</source>
        <translation>Người &amp;lập biên bản:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>T&amp;hành viên:</translation>
    </message>
    <message>
        <source>New &amp;inspector:</source>
        <translation>Người kiểm tra &amp;mới:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add this person to the inspectors</source>
        <translation>Thêm người này vào danh sách người kiểm tra</translation>
    </message>
    <message>
        <source>Choose the team head</source>
        <translation>Chọn trưởng đoàn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Representatives of the unit</source>
        <translation>Đại diện đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Thêm đại &amp;diện</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Forms to use</source>
        <translation>Phiếu kiểm tra sử dụng</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Create and &amp;open</source>
        <translation>&amp;Tạo và mở</translation>
    </message>
    <message>
        <source>The unit&apos;s staff on duty are copied to the roll call.</source>
        <translation>Những người đang làm nhiệm vụ tại đơn vị được đưa vào danh sách điểm danh.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff on duty will be copied to the roll call.</source>
        <translation>
            <numerusform>%n người đang làm nhiệm vụ sẽ được đưa vào danh sách điểm danh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the unit to inspect from the list.</source>
        <translation>Hãy chọn đơn vị được kiểm tra trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the team head.</source>
        <translation>Hãy chọn trưởng đoàn.</translation>
    </message>
    <message>
        <source>Choose at least one form.</source>
        <translation>Hãy chọn ít nhất một phiếu kiểm tra.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Mã PIN của token</translation>
    </message>
    <message>
        <source>Enter the PIN of the USB token %1 to sign. It is not stored.</source>
        <translation>Nhập mã PIN của USB token %1 để ký. Mã PIN không được lưu lại.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <source>Certificate passphrase</source>
        <translation>Mật khẩu chứng thư số</translation>
    </message>
    <message>
        <source>Enter the passphrase of the certificate file %1 to sign. It is not stored.</source>
        <translation>Nhập mật khẩu của tệp chứng thư số %1 để ký. Mật khẩu không được lưu lại.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Hiện</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Ảnh trước</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Ảnh sau ▶</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Mũi tên</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Vòng tròn</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Đánh dấu trên ảnh</translation>
    </message>
    <message>
        <source>The arrows, circles and texts drawn are not saved. Discard them?</source>
        <translation>Các mũi tên, vòng tròn và chữ đã vẽ chưa được lưu. Bỏ các nội dung này?</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>chụp lúc %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>annotated version</source>
        <translation>phiên bản đã đánh dấu</translation>
    </message>
    <message>
        <source>Text to write on the photo:</source>
        <translation>Chữ cần ghi lên ảnh:</translation>
    </message>
</context>
<context>
    <name>PhotoWarnings</name>
    <message>
        <source>No capture time: the photo does not say when it was taken</source>
        <translation>Không có thời điểm chụp: ảnh không ghi thời gian được chụp</translation>
    </message>
    <message>
        <source>Taken %1, before the inspection (%2 – %3)</source>
        <translation>Chụp lúc %1, trước thời gian kiểm tra (%2 – %3)</translation>
    </message>
    <message>
        <source>Taken %1, after the inspection (%2 – %3)</source>
        <translation>Chụp lúc %1, sau thời gian kiểm tra (%2 – %3)</translation>
    </message>
    <message>
        <source>The same photo is in another inspection: %1</source>
        <translation>Ảnh này đã có trong một cuộc kiểm tra khác: %1</translation>
    </message>
    <message>
        <source>The stored file was altered or is missing</source>
        <translation>Tệp ảnh đã lưu bị thay đổi hoặc bị mất</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>đã đánh dấu</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>không phải là ảnh</translation>
    </message>
    <message>
        <source>this image format is not supported (HEIC: set the phone to JPEG)</source>
        <translation>không hỗ trợ định dạng ảnh này (HEIC: hãy đặt điện thoại chụp ảnh định dạng JPEG)</translation>
    </message>
    <message>
        <source>too many pixels: refused as a decompression bomb</source>
        <translation>quá nhiều điểm ảnh: bị từ chối vì có thể là bom giải nén</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete copy or damaged card)</source>
        <translation>tệp bị thiếu dữ liệu (sao chép chưa xong hoặc thẻ nhớ bị hỏng)</translation>
    </message>
    <message>
        <source>the image is damaged</source>
        <translation>ảnh bị hỏng</translation>
    </message>
    <message>
        <source>could not be imported</source>
        <translation>không nhập được</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Add photo files (Ctrl+O)</source>
        <translation>Thêm tệp ảnh (Ctrl+O)</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Add every photo of a folder, such as a phone&apos;s or a memory card&apos;s DCIM folder</source>
        <translation>Thêm tất cả ảnh trong một thư mục, chẳng hạn thư mục DCIM của điện thoại hoặc thẻ nhớ</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>Máy ảnh…</translation>
    </message>
    <message>
        <source>View / annotate</source>
        <translation>Xem / đánh dấu</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Chuyển lên trước</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Chuyển ra sau ▶</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Drop photos or whole folders (DCIM) here, paste with Ctrl+V, or use Add photos. Double-click a photo to view or annotate it.</source>
        <translation>Kéo thả ảnh hoặc cả thư mục (DCIM) vào đây, dán bằng Ctrl+V, hoặc dùng Thêm ảnh. Nhấp đúp vào ảnh để xem hoặc đánh dấu.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>Nội dung của ảnh</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation>Người trong ảnh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Nothing to paste: copy photo files or an image first</source>
        <translation>Không có gì để dán: hãy sao chép tệp ảnh hoặc hình ảnh trước</translation>
    </message>
    <message>
        <source>The inspection is completed: its photos cannot change</source>
        <translation>Cuộc kiểm tra đã hoàn thành: không thể thay đổi ảnh</translation>
    </message>
    <message>
        <source>Photos are being added: wait, or cancel first</source>
        <translation>Đang thêm ảnh: hãy chờ, hoặc hủy trước</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>Đang thêm ảnh…</translation>
    </message>
    <message>
        <source>Adding photos: %1 of %2</source>
        <translation>Đang thêm ảnh: %1/%2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>Đã thêm %1 ảnh</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 ảnh đã có sẵn</translation>
    </message>
    <message>
        <source>%1 not added</source>
        <translation>%1 ảnh không thêm được</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>Tất cả ảnh</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Người: %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>Nội dung: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Chụp lúc: %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Máy ảnh: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Annotated version; the original is kept</source>
        <translation>Phiên bản đã đánh dấu; ảnh gốc vẫn được giữ</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Ảnh (%1);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Add every photo of a folder</source>
        <translation>Thêm tất cả ảnh trong một thư mục</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Xóa ảnh</translation>
    </message>
    <message>
        <source>Remove “%1” from the inspection? Its annotated versions are removed too.</source>
        <translation>Xóa “%1” khỏi cuộc kiểm tra? Các phiên bản đã đánh dấu của ảnh này cũng bị xóa.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Welcome to Inspector</source>
        <translation>Chào mừng bạn đến với Inspector</translation>
    </message>
    <message>
        <source>Inspector&apos;s profile</source>
        <translation>Hồ sơ người kiểm tra</translation>
    </message>
    <message>
        <source>Who uses this laptop? Your name and agency go into the minutes and into the log of changes. You can change them later in Settings → Profile.</source>
        <translation>Ai sử dụng máy tính này? Họ tên và cơ quan của bạn được ghi vào biên bản và nhật ký thay đổi. Bạn có thể sửa lại sau trong Cài đặt → Hồ sơ cá nhân.</translation>
    </message>
    <message>
        <source>Your name and agency go into the minutes and into the log of changes.</source>
        <translation>Họ tên và cơ quan của bạn được ghi vào biên bản và nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>VD: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Chuyên viên</source>
        <translation>VD: Chuyên viên</translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ tỉnh …</source>
        <translation>VD: Sở Nội vụ tỉnh …</translation>
    </message>
</context>
<context>
    <name>RecommendationRow</name>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Remove this recommendation</source>
        <translation>Xóa kiến nghị này</translation>
    </message>
    <message>
        <source>What the unit must do</source>
        <translation>Việc đơn vị phải thực hiện</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen a completed inspection</source>
        <translation>Mở lại cuộc kiểm tra đã hoàn thành</translation>
    </message>
    <message>
        <source>A completed inspection is reopened only with the team head&apos;s consent. The head&apos;s name and the reason are kept in the audit log.</source>
        <translation>Cuộc kiểm tra đã hoàn thành chỉ được mở lại khi trưởng đoàn đồng ý. Họ tên trưởng đoàn và lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Team &amp;head:</source>
        <translation>Trưởng đoà&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>The team head&apos;s full name, e.g. %1</source>
        <translation>Họ và tên trưởng đoàn, VD: %1</translation>
    </message>
    <message>
        <source>The team head&apos;s full name</source>
        <translation>Họ và tên trưởng đoàn</translation>
    </message>
    <message>
        <source>e.g. to add the unit&apos;s explanation</source>
        <translation>VD: để bổ sung ý kiến giải trình của đơn vị</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <source>At post</source>
        <translation>Có mặt tại vị trí</translation>
    </message>
    <message>
        <source>Away from post</source>
        <translation>Rời vị trí</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <source>Absent with leave</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>Vắng không phép</translation>
    </message>
    <message>
        <source>✓ Compliant</source>
        <translation>✓ Đạt</translation>
    </message>
    <message>
        <source>✗ Not compliant</source>
        <translation>✗ Không đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>✓ Neat</source>
        <translation>✓ Gọn gàng, lịch sự</translation>
    </message>
    <message>
        <source>✗ Not neat</source>
        <translation>✗ Chưa gọn gàng</translation>
    </message>
    <message>
        <source>✓ Worn</source>
        <translation>✓ Có đeo thẻ</translation>
    </message>
    <message>
        <source>✗ Not worn</source>
        <translation>✗ Không đeo thẻ</translation>
    </message>
    <message>
        <source>Added on site (not on the roster)</source>
        <translation>Bổ sung tại chỗ (không có trong danh sách)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position · Post</source>
        <translation>Chức vụ · Vị trí</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Attire</source>
        <translation>Trang phục</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Thẻ công chức</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>Nội dung khác</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n not compliant</source>
        <translation>
            <numerusform>✗ %n không đạt</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
</context>
<context>
    <name>RollCallView</name>
    <message>
        <source>Find by name, position or counter… (Ctrl+F; Esc clears)</source>
        <extracomment>Keys of the roll-call table and what they do. Keys of the current person&apos;s list of staff items. After these statuses, the staff items not answered yet are answered &quot;compliant&quot;.</extracomment>
        <translation>Tìm theo tên, chức vụ hoặc quầy… (Ctrl+F; Esc để xóa)</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Add a person not on the roster (Ctrl+Shift+N)</source>
        <translation>Thêm người không có trong danh sách (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Everyone left: at post, compliant</source>
        <translation>Những người còn lại: có mặt, đạt</translation>
    </message>
    <message>
        <source>Record everyone not yet called as at post and compliant (Ctrl+Shift+A)</source>
        <translation>Ghi nhận mọi người chưa điểm danh là có mặt tại vị trí và đạt (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;Space&lt;/b&gt; at post, compliant → next · &lt;b&gt;2&lt;/b&gt; away from post · &lt;b&gt;3&lt;/b&gt; late (type the arrival time) · &lt;b&gt;4&lt;/b&gt; absent with leave · &lt;b&gt;5&lt;/b&gt; absent without leave · &lt;b&gt;A&lt;/b&gt; attire · &lt;b&gt;B&lt;/b&gt; badge · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;F2&lt;/b&gt; note · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑↓&lt;/b&gt;/&lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;Home&lt;/b&gt;/&lt;b&gt;End&lt;/b&gt; move · &lt;b&gt;Tab&lt;/b&gt; this person&apos;s other items · &lt;b&gt;Ctrl+F&lt;/b&gt; find · &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; everyone left at post · &lt;b&gt;Ctrl+Shift+N&lt;/b&gt; add a person</source>
        <translation>&lt;b&gt;1&lt;/b&gt;/&lt;b&gt;Space&lt;/b&gt; có mặt, đạt → người tiếp theo · &lt;b&gt;2&lt;/b&gt; rời vị trí · &lt;b&gt;3&lt;/b&gt; đi muộn (gõ giờ đến) · &lt;b&gt;4&lt;/b&gt; vắng có phép · &lt;b&gt;5&lt;/b&gt; vắng không phép · &lt;b&gt;A&lt;/b&gt; trang phục · &lt;b&gt;B&lt;/b&gt; thẻ · &lt;b&gt;N&lt;/b&gt;/&lt;b&gt;F2&lt;/b&gt; ghi chú · &lt;b&gt;Del&lt;/b&gt; xóa · &lt;b&gt;↑↓&lt;/b&gt;/&lt;b&gt;Enter&lt;/b&gt;/&lt;b&gt;Home&lt;/b&gt;/&lt;b&gt;End&lt;/b&gt; di chuyển · &lt;b&gt;Tab&lt;/b&gt; các nội dung khác của người này · &lt;b&gt;Ctrl+F&lt;/b&gt; tìm · &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; những người còn lại có mặt · &lt;b&gt;Ctrl+Shift+N&lt;/b&gt; thêm người</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; compliant · &lt;b&gt;2&lt;/b&gt; not compliant · &lt;b&gt;3&lt;/b&gt; not applicable · &lt;b&gt;N&lt;/b&gt; note · &lt;b&gt;Esc&lt;/b&gt; back to the list</source>
        <translation>&lt;b&gt;1&lt;/b&gt; đạt · &lt;b&gt;2&lt;/b&gt; không đạt · &lt;b&gt;3&lt;/b&gt; không áp dụng · &lt;b&gt;N&lt;/b&gt; ghi chú · &lt;b&gt;Esc&lt;/b&gt; về danh sách</translation>
    </message>
    <message>
        <source>Called: %1/%2</source>
        <translation>Đã điểm danh: %1/%2</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Chưa chọn ai</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>This inspection is completed and read-only; reopen it to change it.</source>
        <translation>Cuộc kiểm tra đã hoàn thành nên chỉ xem được; hãy mở lại nếu cần sửa.</translation>
    </message>
    <message>
        <source>People who are absent are not assessed.</source>
        <translation>Người vắng mặt không được đánh giá.</translation>
    </message>
    <message>
        <source>Everyone on the list has been called.</source>
        <translation>Đã điểm danh tất cả mọi người trong danh sách.</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Ghi chú về %1:</translation>
    </message>
    <message>
        <source>%1 arrived at (hours:minutes):</source>
        <translation>%1 đến lúc (giờ:phút):</translation>
    </message>
    <message>
        <source>Not a time; type e.g. 07:52 or 752</source>
        <translation>Giờ không hợp lệ; hãy gõ VD: 07:52 hoặc 752</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Ghi chú về “%1”:</translation>
    </message>
    <message>
        <source>This item is not answered compliant / not compliant.</source>
        <translation>Nội dung này không đánh giá theo đạt / không đạt.</translation>
    </message>
    <message>
        <source>Everyone left at post</source>
        <translation>Những người còn lại có mặt</translation>
    </message>
    <message>
        <source>Record the %1 people not yet called as at post, and every item not yet assessed as compliant?</source>
        <translation>Ghi nhận %1 người chưa điểm danh là có mặt tại vị trí, và mọi nội dung chưa đánh giá là đạt?</translation>
    </message>
    <message>
        <source>Record at post</source>
        <translation>Ghi nhận có mặt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>The language changes at once; nothing you have entered is lost. Every change is saved the moment you make it.</source>
        <translation>Ngôn ngữ được đổi ngay, không mất nội dung nào đã nhập. Mọi thay đổi được lưu ngay khi bạn thực hiện.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Unit representative</source>
        <translation>Đại diện đơn vị</translation>
    </message>
    <message>
        <source>Team head</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Người lập biên bản</translation>
    </message>
    <message>
        <source>Signatures on the minutes</source>
        <translation>Chữ ký trên biên bản</translation>
    </message>
    <message>
        <source>Each signer signs on the pad below their name, or the refusal to sign is recorded with the reason. The drawn signatures are printed in the minutes.</source>
        <translation>Từng người ký vào khung ký bên dưới họ tên của mình; người từ chối ký thì ghi lại lý do. Chữ ký trên màn hình được in vào biên bản.</translation>
    </message>
    <message>
        <source>Save signatures</source>
        <translation>Lưu chữ ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 has neither signed nor refused with a reason.</source>
        <translation>%1 chưa ký và cũng chưa ghi lý do từ chối ký.</translation>
    </message>
</context>
<context>
    <name>SignView</name>
    <message>
        <source>Signed file %1</source>
        <translation>Tệp đã ký %1</translation>
    </message>
    <message>
        <source>&amp;Signatures on screen…</source>
        <translation>&amp;Lấy chữ ký trên màn hình…</translation>
    </message>
    <message>
        <source>The unit&apos;s representative, the team head and the secretary sign on the pad</source>
        <translation>Đại diện đơn vị, trưởng đoàn và thư ký ký vào khung ký trên màn hình</translation>
    </message>
    <message>
        <source>Sign &amp;digitally…</source>
        <translation>Ký &amp;số…</translation>
    </message>
    <message>
        <source>The team head signs the PDF with a certificate; the inspection is then locked</source>
        <translation>Trưởng đoàn ký số tệp PDF bằng chứng thư số; sau đó cuộc kiểm tra bị khóa</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a copy of the minutes as a PDF file</source>
        <translation>Lưu một bản sao biên bản thành tệp PDF</translation>
    </message>
    <message>
        <source>&amp;Verify the signed file…</source>
        <translation>&amp;Xác thực tệp đã ký…</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Sửa đổi, &amp;bổ sung…</translation>
    </message>
    <message>
        <source>A signed inspection never changes: a correction is a new, linked inspection</source>
        <translation>Cuộc kiểm tra đã ký không bao giờ thay đổi: việc sửa đổi được thực hiện bằng một cuộc kiểm tra mới, liên kết với cuộc kiểm tra này</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Chứng thư số…</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Signed by %1 on %2. The inspection can no longer change.</source>
        <translation>Đã được %1 ký lúc %2. Cuộc kiểm tra không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Sẵn sàng ký</translation>
    </message>
    <message>
        <source>Check the minutes on the left, have them signed on screen, then sign them digitally as the team head.</source>
        <translation>Kiểm tra biên bản ở bên trái, lấy chữ ký trên màn hình, rồi ký số biên bản với tư cách trưởng đoàn.</translation>
    </message>
    <message>
        <source>Not completed yet</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>The minutes on the left show what is recorded so far. Signatures can be drawn now; the digital signature needs the inspection completed first.</source>
        <translation>Biên bản ở bên trái thể hiện những nội dung đã ghi nhận đến lúc này. Có thể ký trên màn hình ngay bây giờ; muốn ký số thì phải hoàn thành cuộc kiểm tra trước.</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>chưa ký</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>từ chối ký: %1</translation>
    </message>
    <message>
        <source>signed on screen</source>
        <translation>đã ký trên màn hình</translation>
    </message>
    <message>
        <source>Signatures on the minutes:</source>
        <translation>Chữ ký trên biên bản:</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Đang ký…</translation>
    </message>
    <message>
        <source>The minutes are still being prepared; try again shortly.</source>
        <translation>Biên bản vẫn đang được chuẩn bị; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Signatures saved</source>
        <translation>Đã lưu chữ ký</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Đã ký: %1</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Xuất biên bản</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes saved to %1</source>
        <translation>Đã lưu biên bản vào %1</translation>
    </message>
    <message>
        <source>Amend the signed minutes</source>
        <translation>Sửa đổi, bổ sung biên bản đã ký</translation>
    </message>
    <message>
        <source>The signed minutes stay as they are. A new inspection with the same content is made, linked to them, to be corrected, completed and signed.

What is corrected, and why:</source>
        <translation>Biên bản đã ký được giữ nguyên. Một cuộc kiểm tra mới có cùng nội dung sẽ được tạo, liên kết với biên bản này, để chỉnh sửa, hoàn thành và ký.

Nội dung sửa đổi và lý do:</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <extracomment>Total stroke length (logical units) below which the pad counts as empty. Pen width at normal pressure, in logical units.</extracomment>
        <translation>Khung ký</translation>
    </message>
</context>
<context>
    <name>SignerPanel</name>
    <message>
        <source>Sign here</source>
        <translation>Ký vào đây</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Refuses to sign; reason:</source>
        <translation>Từ chối ký; lý do:</translation>
    </message>
    <message>
        <source>The reason the person gives</source>
        <translation>Lý do người này đưa ra</translation>
    </message>
    <message>
        <source>Write down the reason for refusing.</source>
        <translation>Hãy ghi lý do từ chối ký.</translation>
    </message>
    <message>
        <source>Draw the signature with the mouse, a pen or a finger.</source>
        <translation>Ký bằng chuột, bút cảm ứng hoặc ngón tay.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify signatures</source>
        <translation>Xác thực chữ ký</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Mở tệp PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Sao chép kết quả</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Toàn vẹn</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>Trusted certificates: %1</source>
        <translation>Chứng thư số tin cậy: %1</translation>
    </message>
    <message>
        <source>No trusted certificates are set: whether a signer is trusted is not checked (Certificates in Settings).</source>
        <translation>Chưa thiết lập chứng thư số tin cậy: không kiểm tra được người ký có đáng tin cậy hay không (Chứng thư số trong Cài đặt).</translation>
    </message>
    <message>
        <source>Open a signed PDF to check its signatures.</source>
        <translation>Mở một tệp PDF đã ký để kiểm tra chữ ký.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>KHÔNG</translation>
    </message>
    <message>
        <source>Timestamp: %1</source>
        <translation>Dấu thời gian: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>không kiểm tra</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>VALID: every signature is intact%1 and nothing was changed after signing.</source>
        <translation>HỢP LỆ: mọi chữ ký đều toàn vẹn%1 và tài liệu không bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source> and trusted</source>
        <translation> và đáng tin cậy</translation>
    </message>
    <message>
        <source>NOT VALID:</source>
        <translation>KHÔNG HỢP LỆ:</translation>
    </message>
    <message>
        <source>The file has no digital signature.</source>
        <translation>Tệp không có chữ ký số.</translation>
    </message>
    <message>
        <source>Signature %1 (%2) cannot be read: %3</source>
        <translation>Không đọc được chữ ký %1 (%2): %3</translation>
    </message>
    <message>
        <source>Signature %1 (%2) is not intact: the signed content was modified after signing.</source>
        <translation>Chữ ký %1 (%2) không toàn vẹn: nội dung đã ký bị sửa đổi sau khi ký.</translation>
    </message>
    <message>
        <source>Signature %1 (%2): the certificate is not trusted (%3).</source>
        <translation>Chữ ký %1 (%2): chứng thư số không đáng tin cậy (%3).</translation>
    </message>
    <message>
        <source>The document was changed after signature %1 (%2): %3</source>
        <translation>Tài liệu đã bị thay đổi sau chữ ký %1 (%2): %3</translation>
    </message>
    <message>
        <source>The document was changed after the last signature: %1</source>
        <translation>Tài liệu đã bị thay đổi sau chữ ký cuối cùng: %1</translation>
    </message>
    <message>
        <source>Open a signed PDF</source>
        <translation>Mở tệp PDF đã ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Tệp PDF (*.pdf);;Tất cả các tệp (*)</translation>
    </message>
</context>
</TS>
