<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AhpDialog</name>
    <message>
        <source>Apply these weights anyway?</source>
        <translation>Vẫn áp dụng các trọng số này?</translation>
    </message>
    <message>
        <source>Change {a} vs {b} to the suggestion</source>
        <translation>Đổi cặp {a} – {b} theo gợi ý</translation>
    </message>
    <message>
        <source>Consistency ratio {ratio}: {verdict} (up to {threshold} is acceptable; 0 means perfectly consistent).</source>
        <translation>Tỷ số nhất quán {ratio}: {verdict} (chấp nhận được nếu không quá {threshold}; 0 là hoàn toàn nhất quán).</translation>
    </message>
    <message>
        <source>Consistency: nothing to check with two criteria.</source>
        <translation>Tính nhất quán: không cần kiểm tra khi chỉ có hai tiêu chí.</translation>
    </message>
    <message>
        <source>For each pair, drag the slider towards the criterion that matters more: the further, the stronger (1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important). Leave it in the middle when both matter equally.</source>
        <translation>Với mỗi cặp, kéo thanh trượt về phía tiêu chí quan trọng hơn: càng xa, mức độ càng mạnh (1 ngang nhau, 3 hơn vừa phải, 5 hơn nhiều, 7 hơn rất nhiều, 9 hơn tuyệt đối). Để ở giữa khi hai tiêu chí quan trọng như nhau.</translation>
    </message>
    <message>
        <source>Inconsistent judgements</source>
        <translation>Các đánh giá thiếu nhất quán</translation>
    </message>
    <message>
        <source>No single step on the 1-9 scale fixes it: revisit the judgements involving {a} or {b}.</source>
        <translation>Không thể khắc phục bằng một bước trên thang 1-9: hãy xem lại các đánh giá liên quan đến {a} hoặc {b}.</translation>
    </message>
    <message>
        <source>Suggestion: “{judgement}”.</source>
        <translation>Gợi ý: “{judgement}”.</translation>
    </message>
    <message>
        <source>The consistency ratio is {ratio}, above {threshold}: these judgements contradict each other, so the weights are not reliable.</source>
        <translation>Tỷ số nhất quán là {ratio}, vượt {threshold}: các đánh giá mâu thuẫn với nhau nên trọng số chưa đáng tin cậy.</translation>
    </message>
    <message>
        <source>The judgement that fits the others least (highlighted): “{judgement}”. Taken together, the other judgements make {implied}.</source>
        <translation>Đánh giá ít khớp nhất với các đánh giá khác (được tô đậm): “{judgement}”. Xét chung, các đánh giá còn lại cho thấy {implied}.</translation>
    </message>
    <message>
        <source>The judgement that fits the others least: “{judgement}”.</source>
        <translation>Đánh giá ít khớp nhất với các đánh giá khác: “{judgement}”.</translation>
    </message>
    <message>
        <source>These judgements contradict each other (consistency ratio {ratio}, above {threshold}), so the weights below are not reliable yet.</source>
        <translation>Các đánh giá này mâu thuẫn với nhau (tỷ số nhất quán {ratio}, vượt {threshold}), nên các trọng số bên dưới chưa đáng tin cậy.</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Dùng gợi ý</translation>
    </message>
    <message>
        <source>consistent enough</source>
        <translation>đủ nhất quán</translation>
    </message>
    <message>
        <source>equally to moderately more important</source>
        <translation>quan trọng hơn ở mức từ ngang bằng đến vừa phải</translation>
    </message>
    <message>
        <source>extremely more important</source>
        <translation>quan trọng hơn ở mức tuyệt đối</translation>
    </message>
    <message>
        <source>moderately more important</source>
        <translation>quan trọng hơn ở mức vừa phải</translation>
    </message>
    <message>
        <source>moderately to strongly more important</source>
        <translation>quan trọng hơn ở mức từ vừa phải đến nhiều</translation>
    </message>
    <message>
        <source>strongly more important</source>
        <translation>quan trọng hơn nhiều</translation>
    </message>
    <message>
        <source>strongly to very strongly more important</source>
        <translation>quan trọng hơn ở mức từ nhiều đến rất nhiều</translation>
    </message>
    <message>
        <source>too inconsistent</source>
        <translation>thiếu nhất quán</translation>
    </message>
    <message>
        <source>very strongly more important</source>
        <translation>quan trọng hơn rất nhiều</translation>
    </message>
    <message>
        <source>very strongly to extremely more important</source>
        <translation>quan trọng hơn ở mức từ rất nhiều đến tuyệt đối</translation>
    </message>
    <message>
        <source>{a} against {b}</source>
        <translation>{a} so với {b}</translation>
    </message>
    <message>
        <source>{a} and {b} about equally important</source>
        <translation>{a} và {b} quan trọng gần như nhau</translation>
    </message>
    <message>
        <source>{a} and {b} are equally important (1)</source>
        <translation>{a} và {b} quan trọng như nhau (1)</translation>
    </message>
    <message>
        <source>{first} about {times} times as important as {second}</source>
        <translation>{first} quan trọng gấp khoảng {times} lần {second}</translation>
    </message>
    <message>
        <source>{first} is {verbal} than {second} ({strength})</source>
        <translation>{first} {verbal} so với {second} ({strength})</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Tự động lưu không thành công: {error}</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <source>1 ballot</source>
        <translation>1 phiếu</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>1 kịch bản</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Returned ballots (select one or more)</source>
        <translation>Phiếu đã gửi lại (chọn một hoặc nhiều tệp)</translation>
    </message>
    <message>
        <source>{count} ballots</source>
        <translation>{count} phiếu</translation>
    </message>
    <message>
        <source>{count} scenarios</source>
        <translation>{count} kịch bản</translation>
    </message>
</context>
<context>
    <name>BallotsExportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn thư mục...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Người tham gia:</translation>
    </message>
    <message>
        <source>&amp;Write ballots</source>
        <translation>&amp;Tạo phiếu</translation>
    </message>
    <message>
        <source>Choose a folder for the ballots first.</source>
        <translation>Hãy chọn thư mục lưu phiếu trước.</translation>
    </message>
    <message>
        <source>Each participant gets an Excel ballot (ballot-&lt;name&gt;.xlsx) with instructions in English and Vietnamese: they share 100 points among the criteria, or compare the criteria in pairs, then save the file and send it back. Collect the returned files with Weights &gt; Read returned ballots.</source>
        <translation>Mỗi người tham gia nhận một phiếu Excel (ballot-&lt;tên&gt;.xlsx) có hướng dẫn bằng tiếng Anh và tiếng Việt: chia 100 điểm cho các tiêu chí hoặc so sánh từng cặp tiêu chí, sau đó lưu tệp và gửi lại. Tập hợp các tệp gửi lại bằng Trọng số &gt; Đọc phiếu đã gửi lại.</translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation>Thư mục lưu phiếu</translation>
    </message>
    <message>
        <source>Nothing written: the ballots already in the folder are kept.</source>
        <translation>Chưa ghi tệp nào: các phiếu đã có trong thư mục được giữ nguyên.</translation>
    </message>
    <message>
        <source>One participant per line, e.g.
Nguyễn Văn An
Trần Thị Bình</source>
        <translation>Mỗi dòng một người tham gia, ví dụ:
Nguyễn Văn An
Trần Thị Bình</translation>
    </message>
    <message>
        <source>Replace existing ballots?</source>
        <translation>Thay thế các phiếu đã có?</translation>
    </message>
    <message>
        <source>Send ballots</source>
        <translation>Gửi phiếu</translation>
    </message>
    <message>
        <source>Type the participants&apos; names first, one per line.</source>
        <translation>Hãy nhập tên người tham gia trước, mỗi dòng một người.</translation>
    </message>
    <message>
        <source>Wrote {ballots} to {folder}: {files}. Send each person their own file.</source>
        <translation>Đã tạo {ballots} trong {folder}: {files}. Gửi cho mỗi người đúng tệp của họ.</translation>
    </message>
    <message>
        <source>{ballots} with these names already in the folder; replacing them loses anything filled in:

{names}

Replace them with blank ballots?</source>
        <translation>Thư mục đã có {ballots} mang các tên này; nếu thay thế, mọi nội dung đã điền sẽ mất:

{names}

Thay bằng phiếu trống?</translation>
    </message>
</context>
<context>
    <name>BallotsImportDialog</name>
    <message>
        <source>&amp;Group weights from:</source>
        <translation>&amp;Trọng số của nhóm theo:</translation>
    </message>
    <message>
        <source>&amp;Save as scenarios</source>
        <translation>&amp;Lưu thành kịch bản</translation>
    </message>
    <message>
        <source>&amp;Use group weights</source>
        <translation>&amp;Dùng trọng số của nhóm</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... và {count} vấn đề khác</translation>
    </message>
    <message>
        <source>Add one scenario per participant plus &apos;{group}&apos; to the study (one undo step)</source>
        <translation>Thêm vào nghiên cứu một kịch bản cho mỗi người tham gia và kịch bản &apos;{group}&apos; (một bước hoàn tác)</translation>
    </message>
    <message>
        <source>Arithmetic mean of the weights</source>
        <translation>Trung bình cộng của các trọng số</translation>
    </message>
    <message>
        <source>At least one participant must count: importance cannot be 0 for everyone.</source>
        <translation>Phải có ít nhất một người tham gia được tính: mức ảnh hưởng không thể bằng 0 với tất cả mọi người.</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Furthest from the group</source>
        <translation>Xa nhóm nhất</translation>
    </message>
    <message>
        <source>Geometric mean of the pairwise judgements (Aczél-Saaty)</source>
        <translation>Trung bình nhân của các đánh giá từng cặp (Aczél-Saaty)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Group rank</source>
        <translation>Hạng theo nhóm</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Cao nhất</translation>
    </message>
    <message>
        <source>How far each person is from the group</source>
        <translation>Mỗi người cách nhóm bao xa</translation>
    </message>
    <message>
        <source>How much this person&apos;s weights count in the group (1 = as much as anyone, 0 = not at all)</source>
        <translation>Trọng số của người này được tính bao nhiêu trong nhóm (1 = như mọi người, 0 = không tính)</translation>
    </message>
    <message>
        <source>How they answered</source>
        <translation>Cách trả lời</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Mức ảnh hưởng</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Thấp nhất</translation>
    </message>
    <message>
        <source>None of the {ballots} could be used; nothing to combine yet.</source>
        <translation>Không dùng được phiếu nào trong {ballots}; chưa có gì để tổng hợp.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Returned ballots</source>
        <translation>Phiếu đã gửi lại</translation>
    </message>
    <message>
        <source>Saved {scenarios}: {names} (replacing the earlier {replaced}). File &gt; Save writes them to the workbook.</source>
        <translation>Đã lưu {scenarios}: {names} (thay cho {replaced} trước đó). Tệp &gt; Lưu sẽ ghi chúng vào tệp Excel.</translation>
    </message>
    <message>
        <source>Saved {scenarios}: {names}. File &gt; Save writes them to the workbook.</source>
        <translation>Đã lưu {scenarios}: {names}. Tệp &gt; Lưu sẽ ghi chúng vào tệp Excel.</translation>
    </message>
    <message>
        <source>Scenarios from {ballots}</source>
        <translation>Kịch bản từ {ballots}</translation>
    </message>
    <message>
        <source>Set the study&apos;s weights to the group&apos;s (one undo step)</source>
        <translation>Đặt trọng số của nghiên cứu bằng trọng số của nhóm (một bước hoàn tác)</translation>
    </message>
    <message>
        <source>Spread (±)</source>
        <translation>Độ chênh (±)</translation>
    </message>
    <message>
        <source>The ranking under the group&apos;s weights and under each person&apos;s own</source>
        <translation>Xếp hạng theo trọng số của nhóm và theo trọng số riêng của từng người</translation>
    </message>
    <message>
        <source>The study already uses the group&apos;s weights.</source>
        <translation>Nghiên cứu đã dùng trọng số của nhóm.</translation>
    </message>
    <message>
        <source>The study now uses the group&apos;s weights (Edit &gt; Undo to go back).</source>
        <translation>Nghiên cứu đang dùng trọng số của nhóm (Sửa &gt; Hoàn tác để quay lại).</translation>
    </message>
    <message>
        <source>These scenarios are already in the study, with the same weights.</source>
        <translation>Các kịch bản này đã có trong nghiên cứu, với cùng trọng số.</translation>
    </message>
    <message>
        <source>Used {used} of {ballots}: {people}.</source>
        <translation>Đã dùng {used} trong {ballots}: {people}.</translation>
    </message>
    <message>
        <source>Weight to move to reach the group</source>
        <translation>Trọng số cần dịch chuyển để bằng nhóm</translation>
    </message>
    <message>
        <source>Weights: group of {ballots}</source>
        <translation>Trọng số: nhóm gồm {ballots}</translation>
    </message>
    <message>
        <source>Where people disagree (most contested first; spread and gaps in percentage points of weight)</source>
        <translation>Những điểm còn khác nhau (khác biệt nhiều nhất trước; độ chênh và khoảng cách tính bằng điểm phần trăm trọng số)</translation>
    </message>
    <message>
        <source>pairwise (consistency ratio {ratio})</source>
        <translation>so sánh từng cặp (tỷ số nhất quán {ratio})</translation>
    </message>
    <message>
        <source>pairwise (consistency ratio {ratio}, inconsistent)</source>
        <translation>so sánh từng cặp (tỷ số nhất quán {ratio}, thiếu nhất quán)</translation>
    </message>
    <message>
        <source>shared 100 points</source>
        <translation>chia 100 điểm</translation>
    </message>
    <message>
        <source>{count} left out, for the reasons below; fix them and read them again.</source>
        <translation>{count} phiếu bị loại, vì các lý do dưới đây; hãy sửa rồi đọc lại.</translation>
    </message>
    <message>
        <source>{name} ({points} pts)</source>
        <translation>{name} ({points} điểm %)</translation>
    </message>
    <message>
        <source>{name}&apos;s rank</source>
        <translation>Hạng theo {name}</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} điểm %</translation>
    </message>
</context>
<context>
    <name>ChartContext</name>
    <message>
        <source>Untitled study</source>
        <translation>Nghiên cứu chưa đặt tên</translation>
    </message>
    <message>
        <source>weights of scenario {name}</source>
        <translation>trọng số của kịch bản {name}</translation>
    </message>
    <message>
        <source>weights {shares}</source>
        <translation>trọng số {shares}</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Xuất biểu đồ…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF, with a footer naming the study</source>
        <translation>Lưu biểu đồ này dưới dạng PNG, SVG hoặc PDF, có chân trang ghi tên nghiên cứu</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source> current {weight}</source>
        <translation> hiện tại {weight}</translation>
    </message>
    <message>
        <source>(showing {shown} of {total})</source>
        <translation>(hiển thị {shown} trên {total})</translation>
    </message>
    <message>
        <source>Contribution to score</source>
        <translation>Phần đóng góp vào điểm</translation>
    </message>
    <message>
        <source>GAIA plane (PROMETHEE): {share} of the information kept</source>
        <translation>Mặt phẳng GAIA (PROMETHEE): giữ lại {share} thông tin</translation>
    </message>
    <message>
        <source>How often each partner takes each rank (top {count} of {total} partners, {samples} weightings; expected rank in brackets)</source>
        <translation>Tần suất mỗi đối tác đứng ở từng hạng ({count} đối tác đầu trong {total}, {samples} bộ trọng số; hạng kỳ vọng trong ngoặc)</translation>
    </message>
    <message>
        <source>How often each partner takes each rank ({samples} weightings; expected rank in brackets)</source>
        <translation>Tần suất mỗi đối tác đứng ở từng hạng ({samples} bộ trọng số; hạng kỳ vọng trong ngoặc)</translation>
    </message>
    <message>
        <source>PROMETHEE I: where the two flows disagree, lines cross</source>
        <translation>PROMETHEE I: nơi hai dòng không thống nhất, các đường cắt nhau</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Biên Pareto</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Ranks under each scenario (robust choices in colour: top {top} in all)</source>
        <translation>Thứ hạng theo từng kịch bản (lựa chọn vững có màu: trong top {top} ở mọi kịch bản)</translation>
    </message>
    <message>
        <source>Score (higher is better)</source>
        <translation>Điểm (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>Score (lower is better)</source>
        <translation>Điểm (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>Scores as the weight of {criterion} changes</source>
        <translation>Điểm khi trọng số của {criterion} thay đổi</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Đã chọn</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Đánh đổi</translation>
    </message>
    <message>
        <source>Trade-off: {y} against {x}</source>
        <translation>Đánh đổi: {y} so với {x}</translation>
    </message>
    <message>
        <source>Under 60% kept: read the picture with care.</source>
        <translation>Giữ lại dưới 60 %: cần thận trọng khi đọc hình này.</translation>
    </message>
    <message>
        <source>Weight of {criterion} (others rescaled in proportion)</source>
        <translation>Trọng số của {criterion} (các trọng số khác điều chỉnh theo tỷ lệ)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>decision stick</source>
        <translation>trục quyết định</translation>
    </message>
    <message>
        <source>showing {shown} of {total} partners</source>
        <translation>hiển thị {shown} trên {total} đối tác</translation>
    </message>
    <message>
        <source>{name}  (higher is better)</source>
        <translation>{name}  (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>{name}  (lower is better)</source>
        <translation>{name}  (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>φ+ leaving flow</source>
        <translation>φ+ dòng ra</translation>
    </message>
    <message>
        <source>φ− entering flow</source>
        <translation>φ− dòng vào</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>1 partner shown with filled-in values</source>
        <translation>1 đối tác hiển thị với giá trị được điền</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>Trục ngang:</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Numbers: score (higher is better)</source>
        <translation>Số: điểm (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>Numbers: score (lower is better)</source>
        <translation>Số: điểm (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>PROMETHEE I</source>
        <translation>PROMETHEE I</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Selected partners (1 = best on each criterion)</source>
        <translation>Các đối tác đã chọn (1 = tốt nhất trên mỗi tiêu chí)</translation>
    </message>
    <message>
        <source>Top partners (select up to 4 in the ranking to compare)</source>
        <translation>Các đối tác đứng đầu (chọn tối đa 4 đối tác trong bảng xếp hạng để so sánh)</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Đánh đổi</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Trục đứng:</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Why each partner scores as it does: {method}</source>
        <translation>Vì sao mỗi đối tác có điểm như vậy: {method}</translation>
    </message>
    <message>
        <source>{count} excluded (missing values)</source>
        <translation>{count} bị loại (có giá trị thiếu)</translation>
    </message>
    <message>
        <source>{count} not ranked (below a minimum level)</source>
        <translation>{count} không xếp hạng (không đạt mức tối thiểu)</translation>
    </message>
    <message>
        <source>{count} partners shown with filled-in values</source>
        <translation>{count} đối tác hiển thị với giá trị được điền</translation>
    </message>
</context>
<context>
    <name>CheckFirstPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Find what to check first</source>
        <translation>Tìm điểm cần kiểm tra trước</translation>
    </message>
    <message>
        <source>If it were otherwise</source>
        <translation>Nếu giá trị khác đi</translation>
    </message>
    <message>
        <source>In the Partners table, a score&apos;s corner shows its confidence (green high, orange medium, red low) and a dot marks evidence older than {years} years; hover a score for its source. Analysis &gt; Evidence for a score… edits it.</source>
        <translation>Trong bảng Đối tác, góc của mỗi điểm cho biết độ tin cậy (xanh lục: cao, cam: trung bình, đỏ: thấp) và một chấm đánh dấu bằng chứng cũ hơn {years} năm; di chuột lên một điểm để xem nguồn; sửa bằng chứng qua Phân tích &gt; Bằng chứng cho một điểm…</translation>
    </message>
    <message>
        <source>No score has a range: add Confidence, or Low and High, in the Evidence sheet.</source>
        <translation>Chưa điểm nào có khoảng giá trị: hãy thêm độ tin cậy (cột Confidence), hoặc Low và High, trong trang Evidence.</translation>
    </message>
    <message>
        <source>Out of date: the study changed since this list was made. Run again.</source>
        <translation>Đã cũ: nghiên cứu đã thay đổi từ khi lập danh sách này. Hãy chạy lại.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Khoảng</translation>
    </message>
    <message>
        <source>Ranks the scores with a range in the Evidence sheet by how much they move the leader.</source>
        <translation>Xếp các điểm có khoảng giá trị trong trang Evidence theo mức chúng làm thay đổi đối tác dẫn đầu.</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Đã hủy lần chạy.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>The run failed: {error}</source>
        <translation>Lần chạy thất bại: {error}</translation>
    </message>
    <message>
        <source>{count} scores of partners less often first were not tried.</source>
        <translation>{count} điểm của các đối tác ít khi đứng đầu chưa được thử.</translation>
    </message>
    <message>
        <source>{date}, older than {years} years</source>
        <translation>{date}, cũ hơn {years} năm</translation>
    </message>
    <message>
        <source>{leader} ranks first in {share} of cases ({sampling}; {samples} samples per value tried).</source>
        <translation>{leader} xếp hạng nhất trong {share} số trường hợp ({sampling}; {samples} mẫu cho mỗi giá trị thử).</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} đến {high}</translation>
    </message>
</context>
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Đóng thẻ</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <source>A compromise index balancing the overall shortfall from the best values against the single worst shortfall; lower is better (0 = best).</source>
        <translation>Chỉ số thỏa hiệp cân bằng giữa tổng mức thiếu hụt so với giá trị tốt nhất và mức thiếu hụt lớn nhất trên một tiêu chí; càng thấp càng tốt (0 = tốt nhất).</translation>
    </message>
    <message>
        <source>Each criterion is rescaled to 0-1 (1 = best) and the weighted scores are added up.</source>
        <translation>Mỗi tiêu chí được quy về thang 0-1 (1 = tốt nhất) rồi cộng các điểm đã nhân trọng số.</translation>
    </message>
    <message>
        <source>Every pair of partners is compared criterion by criterion; the score is the weighted share of comparisons won minus those lost (-1 to 1).</source>
        <translation>Mỗi cặp đối tác được so sánh theo từng tiêu chí; điểm là tỷ lệ có trọng số của các lần so sánh thắng trừ đi các lần thua (-1 đến 1).</translation>
    </message>
    <message>
        <source>Gap to the ideal per criterion (0 = ideal; not additive: combined they give d+)</source>
        <translation>Khoảng cách tới phương án lý tưởng theo từng tiêu chí (0 = lý tưởng; không cộng được: kết hợp lại cho d+)</translation>
    </message>
    <message>
        <source>Log-gap to the best per criterion (0 = best; they add up to log(score / ideal score))</source>
        <translation>Khoảng cách logarit tới giá trị tốt nhất theo từng tiêu chí (0 = tốt nhất; tổng bằng log(điểm / điểm lý tưởng))</translation>
    </message>
    <message>
        <source>MOORA (ratio system)</source>
        <translation>MOORA (hệ tỷ số)</translation>
    </message>
    <message>
        <source>PROMETHEE II</source>
        <translation>PROMETHEE II</translation>
    </message>
    <message>
        <source>Partners are scored by how close they are to an imaginary best partner and how far from an imaginary worst one (1 = best).</source>
        <translation>Đối tác được chấm điểm theo mức độ gần một đối tác tốt nhất giả định và xa một đối tác kém nhất giả định (1 = tốt nhất).</translation>
    </message>
    <message>
        <source>Points of the score per criterion (they add up to the net flow, the score)</source>
        <translation>Điểm đóng góp theo tiêu chí (tổng = dòng ròng, tức điểm)</translation>
    </message>
    <message>
        <source>Points of the score per criterion (they add up to the score)</source>
        <translation>Điểm đóng góp theo tiêu chí (tổng = điểm)</translation>
    </message>
    <message>
        <source>SPOTIS</source>
        <translation>SPOTIS</translation>
    </message>
    <message>
        <source>Shortfall from the best per criterion (0 = best; they add up to S; the rank is by Q)</source>
        <translation>Mức thiếu hụt so với giá trị tốt nhất theo từng tiêu chí (0 = tốt nhất; tổng bằng S; xếp hạng theo Q)</translation>
    </message>
    <message>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <source>The average of a weighted sum and a weighted product of values scaled against the best value.</source>
        <translation>Trung bình của tổng có trọng số và tích có trọng số của các giá trị quy đổi theo giá trị tốt nhất.</translation>
    </message>
    <message>
        <source>The raw values are multiplied together, each raised to its weight, so a weak value on any criterion pulls the score down sharply.</source>
        <translation>Các giá trị gốc được nhân với nhau, mỗi giá trị lũy thừa theo trọng số của nó, nên một giá trị yếu trên bất kỳ tiêu chí nào cũng kéo điểm xuống mạnh.</translation>
    </message>
    <message>
        <source>The weighted distance of each partner from the best possible point of the scales; lower is better, and adding or removing partners never reorders the others.</source>
        <translation>Khoảng cách có trọng số từ mỗi đối tác tới điểm tốt nhất có thể trên các thang đo; càng thấp càng tốt, và việc thêm hay bớt đối tác không làm thay đổi thứ tự của các đối tác khác.</translation>
    </message>
    <message>
        <source>VIKOR</source>
        <translation>VIKOR</translation>
    </message>
    <message>
        <source>Values are scaled by each criterion&apos;s overall size; weighted benefits are added and weighted costs subtracted.</source>
        <translation>Các giá trị được chia theo độ lớn chung của từng tiêu chí; cộng các tiêu chí lợi ích và trừ các tiêu chí chi phí đã nhân trọng số.</translation>
    </message>
    <message>
        <source>WASPAS</source>
        <translation>WASPAS</translation>
    </message>
    <message>
        <source>Weighted product (WPM)</source>
        <translation>Tích có trọng số (WPM)</translation>
    </message>
    <message>
        <source>Weighted sum (WSM)</source>
        <translation>Tổng có trọng số (WSM)</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Chiều:</translation>
    </message>
    <message>
        <source>&amp;Fixed scale from Min to Max (otherwise the lowest and highest values in the data)</source>
        <translation>Thang đo &amp;cố định từ Min đến Max (nếu không, dùng giá trị thấp nhất và cao nhất trong dữ liệu)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation>Sửa tiêu chí</translation>
    </message>
    <message>
        <source>Give the criterion a name.</source>
        <translation>Hãy đặt tên cho tiêu chí.</translation>
    </message>
    <message>
        <source>M&amp;ax:</source>
        <translation>Ma&amp;x:</translation>
    </message>
    <message>
        <source>M&amp;in:</source>
        <translation>M&amp;in:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum acceptable level:</source>
        <translation>Mức tối đa &amp;chấp nhận được:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum acceptable level:</source>
        <translation>Mức tối thiểu chấp nhận đượ&amp;c:</translation>
    </message>
    <message>
        <source>Min must be below Max.</source>
        <translation>Min phải nhỏ hơn Max.</translation>
    </message>
    <message>
        <source>Partners with a higher value (or none) fail it: left out of the ranking or marked.</source>
        <translation>Đối tác có giá trị cao hơn (hoặc không có giá trị) không đạt: bị loại khỏi xếp hạng hoặc được đánh dấu.</translation>
    </message>
    <message>
        <source>Partners with a lower value (or none) fail it: left out of the ranking or marked.</source>
        <translation>Đối tác có giá trị thấp hơn (hoặc không có giá trị) không đạt: bị loại khỏi xếp hạng hoặc được đánh dấu.</translation>
    </message>
    <message>
        <source>Straight line: edit...</source>
        <translation>Đường thẳng: sửa...</translation>
    </message>
    <message>
        <source>The minimum acceptable level must not be above the maximum.</source>
        <translation>Mức tối thiểu chấp nhận được không được cao hơn mức tối đa.</translation>
    </message>
    <message>
        <source>The value function does not suit this direction: edit it or change the direction.</source>
        <translation>Hàm giá trị không hợp với chiều này: hãy sửa hàm giá trị hoặc đổi chiều.</translation>
    </message>
    <message>
        <source>WSM value function:</source>
        <translation>Hàm giá trị WSM:</translation>
    </message>
    <message>
        <source>benefit (higher is better)</source>
        <translation>lợi ích (càng cao càng tốt)</translation>
    </message>
    <message>
        <source>cost (lower is better)</source>
        <translation>chi phí (càng thấp càng tốt)</translation>
    </message>
    <message>
        <source>{count} points: edit...</source>
        <translation>{count} điểm nút: sửa...</translation>
    </message>
</context>
<context>
    <name>DataWeightsDialog</name>
    <message>
        <source>&amp;Apply the weights of:</source>
        <translation>&amp;Áp dụng trọng số theo:</translation>
    </message>
    <message>
        <source>CRITIC</source>
        <translation>CRITIC</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>From the data ({method})</source>
        <translation>Từ dữ liệu ({method})</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Độ lệch chuẩn</translation>
    </message>
    <message>
        <source>These weights come from how much the partners differ on each criterion, not from anyone&apos;s judgement: a criterion on which every partner scores the same gets none. Standard deviation and CRITIC compare the criteria rescaled from their worst to their best observed value, so units do not matter; CRITIC also favours a criterion that disagrees with the others. Entropy needs amounts counted from zero (US$, tonnes, months). Compare them with the current weights (Now); a big gap is worth discussing. Apply sets the weights of the method chosen below (the New column).</source>
        <translation>Các trọng số này xuất phát từ mức độ khác biệt giữa các đối tác trên từng tiêu chí, không từ đánh giá của ai: tiêu chí mà mọi đối tác có điểm như nhau sẽ có trọng số bằng 0. Độ lệch chuẩn và CRITIC so sánh các tiêu chí sau khi quy đổi từ giá trị kém nhất đến giá trị tốt nhất quan sát được, nên đơn vị đo không ảnh hưởng; CRITIC còn ưu tiên tiêu chí ít tương đồng với các tiêu chí khác. Entropy cần các đại lượng tính từ 0 (US$, tấn, tháng). Hãy so sánh với trọng số hiện tại (Hiện tại); chênh lệch lớn là điều đáng thảo luận. Áp dụng sẽ đặt trọng số của phương pháp chọn bên dưới (cột Mới).</translation>
    </message>
    <message>
        <source>{method} gives no weights for this study (see above).</source>
        <translation>{method} không cho trọng số với nghiên cứu này (xem ở trên).</translation>
    </message>
</context>
<context>
    <name>DirectDialog</name>
    <message>
        <source>Points given: {points}.</source>
        <translation>Số điểm đã chia: {points}.</translation>
    </message>
    <message>
        <source>Points given: {points}; each criterion gets its share of the {points} (the New column).</source>
        <translation>Số điểm đã chia: {points}; mỗi tiêu chí nhận phần của mình trong {points} điểm (cột Mới).</translation>
    </message>
    <message>
        <source>Share 100 points among the criteria: more points, more weight. Other totals are scaled to 100% unless you tick the box below.</source>
        <translation>Chia 100 điểm cho các tiêu chí: càng nhiều điểm, trọng số càng lớn. Tổng khác 100 sẽ được quy về 100 %, trừ khi đánh dấu ô bên dưới.</translation>
    </message>
    <message>
        <source>The points must add up to exactly 100</source>
        <translation>Tổng số điểm phải đúng bằng 100</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>high</source>
        <translation>cao</translation>
    </message>
    <message>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>trung bình</translation>
    </message>
</context>
<context>
    <name>EvidenceDelegate</name>
    <message>
        <source>Confidence: {confidence}</source>
        <translation>Độ tin cậy: {confidence}</translation>
    </message>
    <message>
        <source>Confidence: {confidence}, range {low} to {high}</source>
        <translation>Độ tin cậy: {confidence}, khoảng {low} đến {high}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Ngày: {date}</translation>
    </message>
    <message>
        <source>Date: {date} (older than {years} years)</source>
        <translation>Ngày: {date} (cũ hơn {years} năm)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Nguồn: {source}</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>2024, 2024-03 or 2024-03-05</source>
        <translation>2024, 2024-03 hoặc 2024-03-05</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Evidence for a score</source>
        <translation>Bằng chứng cho một điểm</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao nhất (High)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp nhất (Low)</translation>
    </message>
    <message>
        <source>Low and High are numbers (or empty).</source>
        <translation>Low và High phải là số (hoặc để trống).</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Without Low and High: high ±{high}, medium ±{medium}, low ±{low} points on a 1-10 scale (the same share of the span on other scales), clipped to Min..Max.</source>
        <translation>Khi không có Low và High: độ tin cậy cao ±{high}, trung bình ±{medium}, thấp ±{low} điểm trên thang 1-10 (cùng tỷ lệ của khoảng trên các thang khác), giới hạn trong Min..Max.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
</context>
<context>
    <name>EvidenceSettingsDialog</name>
    <message>
        <source>* own widths in the Criteria sheet&apos;s Confidence widths column, over these.</source>
        <translation>* độ rộng riêng của tiêu chí trong cột Confidence widths (độ rộng theo độ tin cậy) của trang Criteria, thay cho các giá trị này.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Evidence settings</source>
        <translation>Thiết lập bằng chứng</translation>
    </message>
    <message>
        <source>Flag evidence &amp;older than (years):</source>
        <translation>Đánh dấu bằng chứng &amp;cũ hơn (năm):</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Range without Low and High, {level} confidence (± points on a 1-10 scale):</source>
        <translation>Khoảng khi không có Low và High, độ tin cậy {level} (± điểm trên thang 1-10):</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Thang đo</translation>
    </message>
    <message>
        <source>What these give each criterion, in its own units (the same share of its span: Max - Min, or the spread of its values without them), clipped to Min..Max:</source>
        <translation>Khoảng mà các độ rộng này cho mỗi tiêu chí, theo đơn vị của tiêu chí (cùng tỷ lệ trên độ rộng thang đo: Max - Min, hoặc độ chênh giữa các giá trị khi không có Min, Max), giới hạn trong Min..Max:</translation>
    </message>
    <message>
        <source>spread of its values</source>
        <translation>độ chênh giữa các giá trị</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Briefing written to {path}</source>
        <translation>Đã ghi bản tóm tắt vào {path}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Xuất bản tóm tắt</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>Exporting results…</source>
        <translation>Đang xuất kết quả…</translation>
    </message>
    <message>
        <source>New study: rename {name}, fill in its scores and add your partners</source>
        <translation>Nghiên cứu mới: đổi tên {name}, điền điểm và thêm các đối tác</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Mở tệp Excel</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <source>Opened {name}. Note: {note}</source>
        <translation>Đã mở {name}. Lưu ý: {note}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Đang mở {name}…</translation>
    </message>
    <message>
        <source>PDF, English (*.pdf)</source>
        <translation>PDF, tiếng Anh (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, Tiếng Việt (*.pdf)</source>
        <translation>PDF, tiếng Việt (*.pdf)</translation>
    </message>
    <message>
        <source>Partner 1</source>
        <translation>Đối tác 1</translation>
    </message>
    <message>
        <source>Results exported to {path}</source>
        <translation>Đã xuất kết quả ra {path}</translation>
    </message>
    <message>
        <source>Save study as</source>
        <translation>Lưu nghiên cứu thành</translation>
    </message>
    <message>
        <source>Saved without the workbook&apos;s other sheets</source>
        <translation>Đã lưu, nhưng thiếu các trang khác của tệp Excel</translation>
    </message>
    <message>
        <source>The briefing was not written</source>
        <translation>Chưa ghi được bản tóm tắt</translation>
    </message>
    <message>
        <source>The results were not exported</source>
        <translation>Chưa xuất được kết quả</translation>
    </message>
    <message>
        <source>The study was not saved</source>
        <translation>Chưa lưu được nghiên cứu</translation>
    </message>
    <message>
        <source>The study you had open stays open.</source>
        <translation>Nghiên cứu đang mở vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>This study has changes that are not saved. Save them first?</source>
        <translation>Nghiên cứu này có thay đổi chưa được lưu. Lưu trước?</translation>
    </message>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Lỗi không lường trước: {error}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}

The study you had open stays open.</source>
        <translation>Lỗi không lường trước: {error}

Nghiên cứu đang mở vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Word document, English (*.docx)</source>
        <translation>Tài liệu Word, tiếng Anh (*.docx)</translation>
    </message>
    <message>
        <source>Word document, Tiếng Việt (*.docx)</source>
        <translation>Tài liệu Word, tiếng Việt (*.docx)</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>Đang ghi bản tóm tắt…</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>bản tóm tắt</translation>
    </message>
    <message>
        <source>results</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>{error}

The file on disk is unchanged.</source>
        <translation>{error}

Tệp trên đĩa không bị thay đổi.</translation>
    </message>
    <message>
        <source>{error}

The study was saved; the other sheets of {name} could not be copied.</source>
        <translation>{error}

Nghiên cứu đã được lưu; không sao chép được các trang khác của {name}.</translation>
    </message>
    <message>
        <source>{name} could not be opened</source>
        <translation>Không mở được {name}</translation>
    </message>
    <message>
        <source>{name} was not opened; your changes are kept</source>
        <translation>Chưa mở {name}; các thay đổi của bạn được giữ nguyên</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Opened study</source>
        <translation>Đã mở nghiên cứu</translation>
    </message>
</context>
<context>
    <name>LevelsBar</name>
    <message>
        <source>&amp;Leave out partners below a minimum level</source>
        <translation>&amp;Loại các đối tác không đạt mức tối thiểu</translation>
    </message>
    <message>
        <source>Not ranked (below a minimum level): {names}</source>
        <translation>Không xếp hạng (không đạt mức tối thiểu): {names}</translation>
    </message>
    <message>
        <source>The Criteria sheet&apos;s Minimum and Maximum columns. Ticked: a partner below a Minimum or above a Maximum is left out of the ranking, of every method and of Monte Carlo. Unticked: it is ranked and marked ⊘. A missing value never meets a level.</source>
        <translation>Các cột Minimum và Maximum của trang Criteria. Khi chọn: đối tác dưới mức tối thiểu (Minimum) hoặc vượt mức tối đa (Maximum) bị loại khỏi xếp hạng, khỏi mọi phương pháp và khỏi Monte Carlo. Khi bỏ chọn: đối tác vẫn được xếp hạng và đánh dấu ⊘. Giá trị thiếu không bao giờ được coi là đạt mức tối thiểu hay mức tối đa.</translation>
    </message>
    <message>
        <source>Value functions ({names}) are used by WSM only; the other methods ignore them.</source>
        <translation>Hàm giá trị ({names}) chỉ được WSM dùng; các phương pháp khác bỏ qua.</translation>
    </message>
    <message>
        <source>{partner} ({reasons})</source>
        <translation>{partner} ({reasons})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <source>&amp;Check these first</source>
        <translation>&amp;Cần kiểm tra trước</translation>
    </message>
    <message>
        <source>&amp;Close the robustness view</source>
        <translation>&amp;Đóng phần độ vững</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Equal weights</source>
        <translation>Trọng số &amp;bằng nhau</translation>
    </message>
    <message>
        <source>&amp;Evidence for a score…</source>
        <translation>&amp;Bằng chứng cho một điểm…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Xuất kết quả…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;How to read this screen</source>
        <translation>&amp;Cách đọc màn hình này</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;lớn hơn</translation>
    </message>
    <message>
        <source>&amp;New from template</source>
        <translation>Tạo &amp;mới từ mẫu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Làm lại {step}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Hoàn tác {step}</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>T&amp;rọng số</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>A 2-4 page Word or PDF brief for decision-makers, in Vietnamese or English</source>
        <translation>Bản tóm tắt 2-4 trang (Word hoặc PDF) cho người ra quyết định, bằng tiếng Việt hoặc tiếng Anh</translation>
    </message>
    <message>
        <source>Add &amp;criterion…</source>
        <translation>Thêm &amp;tiêu chí…</translation>
    </message>
    <message>
        <source>Add &amp;partner…</source>
        <translation>Thêm &amp;đối tác…</translation>
    </message>
    <message>
        <source>Back to the bundled sample study</source>
        <translation>Quay lại nghiên cứu ví dụ đi kèm</translation>
    </message>
    <message>
        <source>Charts are loading…</source>
        <translation>Đang tải biểu đồ…</translation>
    </message>
    <message>
        <source>Check these first</source>
        <translation>Cần kiểm tra trước</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Tiêu chí và trọng số</translation>
    </message>
    <message>
        <source>Criteria and weights (left): drag a slider to say how much a criterion counts. The other weights make room; tick Lock to keep one fixed.

Ranking (right): best first. ▲/▼ show the move against the workbook&apos;s own weights; ◆ marks a partner another one beats on every criterion; ≈ a score resting on filled-in values for missing data.

Why this rank: select a partner to see what drives its place.

Partners (bottom): the data; double-click a value to change it. Every change can be undone (Ctrl+Z) and is listed under History.</source>
        <translation>Tiêu chí và trọng số (bên trái): kéo thanh trượt để cho biết một tiêu chí được tính bao nhiêu. Các trọng số khác tự điều chỉnh; đánh dấu Khóa để giữ cố định một trọng số.

Xếp hạng (bên phải): tốt nhất ở đầu. ▲/▼ cho thấy thay đổi so với trọng số trong tệp Excel; ◆ đánh dấu đối tác bị một đối tác khác vượt trên mọi tiêu chí; ≈ là điểm dựa trên giá trị được điền thay cho giá trị thiếu.

Lý do xếp hạng: chọn một đối tác để xem điều gì quyết định vị trí của đối tác đó.

Đối tác (bên dưới): dữ liệu; nhấp đúp vào một giá trị để thay đổi. Mọi thay đổi đều có thể hoàn tác (Ctrl+Z) và được liệt kê trong Lịch sử.</translation>
    </message>
    <message>
        <source>Edit current criterion…</source>
        <translation>Sửa tiêu chí hiện tại…</translation>
    </message>
    <message>
        <source>Evidence &amp;settings…</source>
        <translation>&amp;Thiết lập bằng chứng…</translation>
    </message>
    <message>
        <source>Evidence settings</source>
        <translation>Thiết lập bằng chứng</translation>
    </message>
    <message>
        <source>Evidence: {partner}, {criterion}</source>
        <translation>Bằng chứng: {partner}, {criterion}</translation>
    </message>
    <message>
        <source>Export &amp;briefing…</source>
        <translation>Xuất &amp;bản tóm tắt…</translation>
    </message>
    <message>
        <source>Go to criteria and weights</source>
        <translation>Đến tiêu chí và trọng số</translation>
    </message>
    <message>
        <source>Go to partners</source>
        <translation>Đến đối tác</translation>
    </message>
    <message>
        <source>Go to ranking</source>
        <translation>Đến xếp hạng</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>How sure are we?</source>
        <translation>Kết quả chắc chắn đến đâu?</translation>
    </message>
    <message>
        <source>How sure are we? (&amp;Robustness)</source>
        <translation>Kết quả chắc chắn đến đâu? (Độ &amp;vững)</translation>
    </message>
    <message>
        <source>How to read this screen</source>
        <translation>Cách đọc màn hình này</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple</source>
        <translation>Mở tệp &amp;ví dụ</translation>
    </message>
    <message>
        <source>Partner Scout closed without saving changes to {name}. Restore them?</source>
        <translation>Partner Scout đã đóng mà chưa lưu các thay đổi của {name}. Khôi phục các thay đổi này?</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Rank &amp;reversal…</source>
        <translation>Đảo &amp;hạng…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Remove current criterion</source>
        <translation>Xóa tiêu chí hiện tại</translation>
    </message>
    <message>
        <source>Remove selected partners</source>
        <translation>Xóa các đối tác đã chọn</translation>
    </message>
    <message>
        <source>Reset &amp;weights to the workbook&apos;s</source>
        <translation>Đặt lại &amp;trọng số theo tệp Excel</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Khôi phục phần việc chưa lưu?</translation>
    </message>
    <message>
        <source>Sample: Vietnam rare-earth partners (illustrative)</source>
        <translation>Ví dụ: đối tác đất hiếm của Việt Nam (minh họa)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <source>The recovered study could not be read</source>
        <translation>Không đọc được nghiên cứu đã khôi phục</translation>
    </message>
    <message>
        <source>The result workbook of rank --out</source>
        <translation>Tệp kết quả Excel (như rank --out)</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Lý do xếp hạng</translation>
    </message>
    <message>
        <source>an unsaved study</source>
        <translation>một nghiên cứu chưa lưu</translation>
    </message>
</context>
<context>
    <name>MissingRanges</name>
    <message>
        <source> (filled in: {cells})</source>
        <translation> (ô được điền: {cells})</translation>
    </message>
    <message>
        <source>Best and worst rank depending on how its gaps are filled: being recomputed for the new weights…</source>
        <translation>Hạng tốt nhất và kém nhất tùy theo cách điền giá trị thiếu: đang tính lại theo trọng số mới…</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>&lt;b&gt;Add partners:&lt;/b&gt; rename the first row, double-click its cells to enter its scores, and use &lt;i&gt;Add partner…&lt;/i&gt; for every other candidate.</source>
        <translation>&lt;b&gt;Thêm đối tác:&lt;/b&gt; đổi tên dòng đầu tiên, nhấp đúp vào các ô để nhập điểm, và dùng &lt;i&gt;Thêm đối tác…&lt;/i&gt; cho mỗi ứng viên khác.</translation>
    </message>
    <message>
        <source>Add criterion…</source>
        <translation>Thêm tiêu chí…</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Thêm đối tác</translation>
    </message>
    <message>
        <source>Add partner…</source>
        <translation>Thêm đối tác…</translation>
    </message>
    <message>
        <source>Click a cell in a criterion&apos;s column first.</source>
        <translation>Hãy nhấp vào một ô trong cột của tiêu chí trước.</translation>
    </message>
    <message>
        <source>Double-click a value to edit it; clear it to make it missing.</source>
        <translation>Nhấp đúp vào một giá trị để sửa; xóa trống để coi là giá trị thiếu.</translation>
    </message>
    <message>
        <source>Edit criterion…</source>
        <translation>Sửa tiêu chí…</translation>
    </message>
    <message>
        <source>Partner name:</source>
        <translation>Tên đối tác:</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Xóa đối tác</translation>
    </message>
</context>
<context>
    <name>PartnersTableModel</name>
    <message>
        <source>; scale {low} to {high}</source>
        <translation>; thang đo từ {low} đến {high}</translation>
    </message>
    <message>
        <source>Missing value{where}: counted as {fill}, {how}. Type a number to fill it in.</source>
        <translation>Giá trị thiếu{where}: được tính là {fill}, {how}. Nhập một số để điền giá trị.</translation>
    </message>
    <message>
        <source>Missing value{where}: this partner is left out of the ranking (policy {policy}).</source>
        <translation>Giá trị thiếu{where}: đối tác này không được xếp hạng (quy tắc {policy}).</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Rename: {old} -&gt; {new}</source>
        <translation>Đổi tên: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Value: {partner}, {criterion} {old} -&gt; {new}</source>
        <translation>Giá trị: {partner}, {criterion} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>lower is better (cost)</source>
        <translation>càng thấp càng tốt (chi phí)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>the mean of the observed values on that criterion</source>
        <translation>giá trị trung bình quan sát được trên tiêu chí đó</translation>
    </message>
    <message>
        <source>the worst value on that criterion (its scale bound, else the worst observed value)</source>
        <translation>giá trị kém nhất trên tiêu chí đó (cận của thang đo, nếu không thì giá trị kém nhất quan sát được)</translation>
    </message>
    <message>
        <source>{mark} = missing, counted as n, the mean of its criterion.</source>
        <translation>{mark} = giá trị thiếu, được tính là n, giá trị trung bình của tiêu chí đó.</translation>
    </message>
    <message>
        <source>{mark} = missing, counted as n, the worst value of its criterion.</source>
        <translation>{mark} = giá trị thiếu, được tính là n, giá trị kém nhất của tiêu chí đó.</translation>
    </message>
    <message>
        <source>{mark} = missing: its partner is left out of the ranking (policy {policy}).</source>
        <translation>{mark} = giá trị thiếu: đối tác có ô này bị loại khỏi bảng xếp hạng (quy tắc {policy}).</translation>
    </message>
    <message>
        <source>{text} is ambiguous here: type {decimal} for the number with decimals, or {whole} for the whole number.</source>
        <translation>{text} chưa rõ nghĩa: gõ {decimal} nếu là số có phần thập phân, hoặc {whole} nếu là số nguyên.</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} không phải là số</translation>
    </message>
</context>
<context>
    <name>PreferenceEditor</name>
    <message>
        <source>&amp;p (strict preference):</source>
        <translation>&amp;p (ưu tiên hoàn toàn):</translation>
    </message>
    <message>
        <source>&amp;q (indifference):</source>
        <translation>&amp;q (ngưỡng bàng quan):</translation>
    </message>
    <message>
        <source>&amp;s (Gaussian):</source>
        <translation>&amp;s (Gauss):</translation>
    </message>
    <message>
        <source>Gaussian (smooth, s at the inflection)</source>
        <translation>Gauss (mượt, s tại điểm uốn)</translation>
    </message>
    <message>
        <source>P&amp;ROMETHEE preference:</source>
        <translation>Hàm ưu tiên P&amp;ROMETHEE:</translation>
    </message>
    <message>
        <source>U-shape (full preference beyond q)</source>
        <translation>Hình chữ U (ưu tiên hoàn toàn khi vượt q)</translation>
    </message>
    <message>
        <source>V-shape (rises to full preference at p)</source>
        <translation>Hình chữ V (tăng dần đến ưu tiên hoàn toàn tại p)</translation>
    </message>
    <message>
        <source>Write q and p both as numbers or both as percentages.</source>
        <translation>Hãy ghi q và p cùng là số hoặc cùng là phần trăm.</translation>
    </message>
    <message>
        <source>level (half between q and p, full beyond p)</source>
        <translation>bậc thang (một nửa giữa q và p, hoàn toàn khi vượt p)</translation>
    </message>
    <message>
        <source>linear (rises from q to p)</source>
        <translation>tuyến tính (tăng từ q đến p)</translation>
    </message>
    <message>
        <source>q must be at most p.</source>
        <translation>q không được lớn hơn p.</translation>
    </message>
    <message>
        <source>usual (any gap is full preference)</source>
        <translation>thông thường (mọi chênh lệch là ưu tiên hoàn toàn)</translation>
    </message>
    <message>
        <source>{name} must be greater than 0.</source>
        <translation>{name} phải lớn hơn 0.</translation>
    </message>
</context>
<context>
    <name>PrometheeOne</name>
    <message>
        <source>PROMETHEE I finds no incomparable pair: both flows order every pair as the net flow does.</source>
        <translation>PROMETHEE I không thấy cặp nào không so sánh được: cả hai dòng xếp mọi cặp giống như dòng ròng.</translation>
    </message>
    <message>
        <source>Too many partners to list the incomparable pairs ({count}).</source>
        <translation>Quá nhiều đối tác để liệt kê các cặp không so sánh được ({count}).</translation>
    </message>
    <message>
        <source>{a} and {b} are incomparable: {a} outranks the others more (φ+ {ap} against {bp}) but is also outranked more (φ− {am} against {bm}).</source>
        <translation>{a} và {b} không so sánh được: {a} trội hơn các đối tác khác nhiều hơn (φ+ {ap} so với {bp}) nhưng cũng bị trội hơn nhiều hơn (φ− {am} so với {bm}).</translation>
    </message>
    <message>
        <source>{count} more incomparable pairs.</source>
        <translation>Còn {count} cặp không so sánh được khác.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách rời</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>RankDialog</name>
    <message>
        <source>Criteria, most important first</source>
        <translation>Các tiêu chí, quan trọng nhất ở đầu</translation>
    </message>
    <message>
        <source>From ranks to &amp;weights:</source>
        <translation>Từ thứ hạng ra &amp;trọng số:</translation>
    </message>
    <message>
        <source>How ranks become weights: rank-order centroid and rank reciprocal give the top criteria the most, rank sum spreads the weight more evenly</source>
        <translation>Cách đổi thứ hạng thành trọng số: trọng tâm thứ hạng và nghịch đảo thứ hạng dành nhiều trọng số nhất cho các tiêu chí đứng đầu, tổng thứ hạng chia trọng số đều hơn</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Put the criteria in order, most important first: drag them, or select one and use Move up / Move down (Alt+Up / Alt+Down).</source>
        <translation>Xếp các tiêu chí theo thứ tự, quan trọng nhất ở đầu: kéo thả, hoặc chọn một tiêu chí rồi dùng Chuyển lên / Chuyển xuống (Alt+Up / Alt+Down).</translation>
    </message>
    <message>
        <source>rank reciprocal</source>
        <translation>nghịch đảo thứ hạng</translation>
    </message>
    <message>
        <source>rank sum</source>
        <translation>tổng thứ hạng</translation>
    </message>
    <message>
        <source>rank-order centroid</source>
        <translation>trọng tâm thứ hạng</translation>
    </message>
</context>
<context>
    <name>RankReversalDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message>
        <source>Rank reversal</source>
        <translation>Đảo hạng</translation>
    </message>
    <message>
        <source>Removing each partner in turn and ranking the others again with {method}…</source>
        <translation>Lần lượt bỏ từng đối tác và xếp hạng lại các đối tác còn lại bằng {method}…</translation>
    </message>
    <message>
        <source>The check stopped: {reason}</source>
        <translation>Kiểm tra đã dừng: {reason}</translation>
    </message>
    <message>
        <source>{method}: no pair swaps places when one partner is removed.</source>
        <translation>{method}: không có cặp nào đổi chỗ cho nhau khi bỏ một đối tác.</translation>
    </message>
    <message>
        <source>{method}: one pair swaps places when one partner is removed.</source>
        <translation>{method}: một cặp đổi chỗ cho nhau khi bỏ một đối tác.</translation>
    </message>
    <message>
        <source>{method}: {count} pairs swap places when one partner is removed.</source>
        <translation>{method}: {count} cặp đổi chỗ cho nhau khi bỏ một đối tác.</translation>
    </message>
    <message>
        <source>… and {count} more (the command line&apos;s reversal --format json lists them all)</source>
        <translation>… và {count} câu khác (lệnh reversal --format json của dòng lệnh liệt kê tất cả)</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Phương pháp:</translation>
    </message>
    <message>
        <source>&amp;v:</source>
        <translation>&amp;v:</translation>
    </message>
    <message>
        <source>How partners are scored; hover a method for what it does</source>
        <translation>Cách chấm điểm đối tác; di chuột lên một phương pháp để xem cách làm</translation>
    </message>
    <message>
        <source>Not ranked (missing values): {names}</source>
        <translation>Không xếp hạng (có giá trị thiếu): {names}</translation>
    </message>
    <message>
        <source>Rank reversal: under TOPSIS, VIKOR, PROMETHEE II and WSM without Min/Max bounds on every criterion, adding or removing one partner can swap two others (Analysis &gt; Rank reversal). WSM with those bounds and WPM score each partner on its own and cannot, unless a missing value is filled in from the other partners&apos; values.</source>
        <translation>Đảo hạng: với TOPSIS, VIKOR, PROMETHEE II và WSM không có cận Min/Max trên mọi tiêu chí, thêm hoặc bỏ một đối tác có thể làm hai đối tác khác đổi chỗ cho nhau (Phân tích &gt; Đảo hạng). WSM có các cận đó và WPM chấm điểm từng đối tác riêng nên không thể đảo hạng, trừ khi một giá trị thiếu được điền từ giá trị của các đối tác khác.</translation>
    </message>
    <message>
        <source>Scoring method</source>
        <translation>Phương pháp chấm điểm</translation>
    </message>
    <message>
        <source>VIKOR&apos;s v: the weight of the majority of criteria (group utility S) against the single worst shortfall (individual regret R); 0.5 balances them</source>
        <translation>v của VIKOR: trọng số của đa số tiêu chí (lợi ích nhóm S) so với mức thiếu hụt tệ nhất (mức hối tiếc cá nhân R); 0,5 cân bằng hai bên</translation>
    </message>
    <message>
        <source>{description} Score: higher is better.</source>
        <translation>{description} Điểm: càng cao càng tốt.</translation>
    </message>
    <message>
        <source>{description} Score: lower is better.</source>
        <translation>{description} Điểm: càng thấp càng tốt.</translation>
    </message>
    <message>
        <source>{method} cannot rank this study: {reason}. The ranking stays on {current}.</source>
        <translation>{method} không xếp hạng được nghiên cứu này: {reason}. Xếp hạng vẫn theo {current}.</translation>
    </message>
    <message>
        <source>{rank} ({best}–{worst}): {partner} could rank {best} to {worst} depending on how its gaps are filled</source>
        <translation>{rank} ({best}–{worst}): {partner} có thể xếp hạng từ {best} đến {worst} tùy theo cách điền giá trị thiếu</translation>
    </message>
    <message>
        <source>≈ uses filled-in values</source>
        <translation>≈ dùng giá trị được điền</translation>
    </message>
    <message>
        <source>⊘ below a minimum level</source>
        <translation>⊘ không đạt mức tối thiểu</translation>
    </message>
    <message>
        <source>▲/▼ move against the workbook&apos;s weights</source>
        <translation>▲/▼ thay đổi so với trọng số trong tệp Excel</translation>
    </message>
    <message>
        <source>◆ dominated</source>
        <translation>◆ bị vượt trội</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <source>1 = best; partners whose scores tie share a rank.
12 (7–15): rank 12 as the gaps are filled now; 7 to 15 depending on how they are filled.</source>
        <translation>1 = tốt nhất; các đối tác có điểm bằng nhau cùng hạng.
12 (7–15): hạng 12 với cách điền giá trị thiếu hiện tại; từ 7 đến 15 tùy theo cách điền.</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Rank change against the workbook&apos;s own weights (▲ moved up, ▼ moved down).</source>
        <translation>Thay đổi thứ hạng so với trọng số trong tệp Excel (▲ lên hạng, ▼ xuống hạng).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>The method&apos;s score; the bar shows it relative to the leader and the last partner.</source>
        <translation>Điểm theo phương pháp; thanh màu cho thấy điểm so với đối tác dẫn đầu và đối tác cuối cùng.</translation>
    </message>
    <message>
        <source>≈ rests on filled-in values for missing data</source>
        <translation>≈ dựa trên giá trị được điền thay cho giá trị thiếu</translation>
    </message>
    <message>
        <source>⊘ fails a minimum level: {reasons}</source>
        <translation>⊘ không đạt mức tối thiểu: {reasons}</translation>
    </message>
    <message>
        <source>◆ dominated by {names}</source>
        <translation>◆ bị vượt trội bởi {names}</translation>
    </message>
    <message>
        <source>◆ dominated: another partner is at least as good on every criterion and better on one.
≈ filled: the score uses filled-in values for missing data.
⊘ below a minimum level: ranked and marked because the study keeps such partners.</source>
        <translation>◆ bị vượt trội: có đối tác khác tốt ít nhất ngang bằng trên mọi tiêu chí và tốt hơn trên một tiêu chí.
≈ được điền: điểm dùng giá trị được điền thay cho giá trị thiếu.
⊘ không đạt mức tối thiểu: vẫn được xếp hạng và đánh dấu vì nghiên cứu giữ lại các đối tác như vậy.</translation>
    </message>
</context>
<context>
    <name>RobustnessPanel</name>
    <message>
        <source>Agreement between methods: Kendall&apos;s tau above the diagonal, Spearman&apos;s rho below</source>
        <translation>Mức độ thống nhất giữa các phương pháp: tau của Kendall phía trên đường chéo, rho của Spearman phía dưới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Could not compute this view: {error}</source>
        <translation>Không tính được phần này: {error}</translation>
    </message>
    <message>
        <source>Every partner&apos;s rank stays within 2 places across the methods.</source>
        <translation>Thứ hạng của mọi đối tác chênh nhau không quá 2 bậc giữa các phương pháp.</translation>
    </message>
    <message>
        <source>Found by search on a grid (step {step}).</source>
        <translation>Tìm bằng cách dò trên lưới (bước {step}).</translation>
    </message>
    <message>
        <source>GAIA</source>
        <translation>GAIA</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Từng trọng số</translation>
    </message>
    <message>
        <source>Out of date: the study changed since this run. Run again.</source>
        <translation>Đã cũ: nghiên cứu đã thay đổi sau lần chạy này. Hãy chạy lại.</translation>
    </message>
    <message>
        <source>Rank of each partner under each method (shaded: ranks 3 or more apart)</source>
        <translation>Thứ hạng của mỗi đối tác theo từng phương pháp (tô màu: chênh từ 3 bậc trở lên)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Đã hủy lần chạy.</translation>
    </message>
    <message>
        <source>Run to see how often each partner takes each rank.</source>
        <translation>Bấm Chạy để xem mỗi đối tác đứng ở từng hạng với tần suất bao nhiêu.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>The run failed: {error}</source>
        <translation>Lần chạy không thành công: {error}</translation>
    </message>
    <message>
        <source>The workbook has no Scenarios sheet: add scenarios to compare them here.</source>
        <translation>Tệp Excel không có trang Scenarios: hãy thêm kịch bản để so sánh tại đây.</translation>
    </message>
    <message>
        <source>Weight of:</source>
        <translation>Trọng số của:</translation>
    </message>
    <message>
        <source>Weightings:</source>
        <translation>Số bộ trọng số:</translation>
    </message>
    <message>
        <source>any weights at all</source>
        <translation>mọi bộ trọng số bất kỳ</translation>
    </message>
    <message>
        <source>each weight × 0.7-1.3, rescaled</source>
        <translation>trọng số × 0,7-1,3, quy về 100 %</translation>
    </message>
    <message>
        <source>each weight × 0.8-1.2, rescaled</source>
        <translation>trọng số × 0,8-1,2, quy về 100 %</translation>
    </message>
    <message>
        <source>each weight × 0.9-1.1, rescaled</source>
        <translation>trọng số × 0,9-1,1, quy về 100 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>{comparison} Winners: {winners}.</source>
        <translation>{comparison} Đứng đầu: {winners}.</translation>
    </message>
    <message>
        <source>{method} was left out: {reason}</source>
        <translation>Không dùng {method}: {reason}</translation>
    </message>
    <message>
        <source>{partner}: rank {best} with {best_methods} but {worst} with {worst_methods}</source>
        <translation>{partner}: hạng {best} theo {best_methods} nhưng hạng {worst} theo {worst_methods}</translation>
    </message>
</context>
<context>
    <name>SetWeightCommand</name>
    <message>
        <source>Weight: {criterion} {old} -&gt; {new}</source>
        <translation>Trọng số: {criterion} {old} -&gt; {new}</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>Add criterion: {name}</source>
        <translation>Thêm tiêu chí: {name}</translation>
    </message>
    <message>
        <source>Add partner: {name}</source>
        <translation>Thêm đối tác: {name}</translation>
    </message>
    <message>
        <source>Below a minimum level: leave out</source>
        <translation>Không đạt mức tối thiểu: loại</translation>
    </message>
    <message>
        <source>Below a minimum level: rank and mark</source>
        <translation>Không đạt mức tối thiểu: xếp hạng và đánh dấu</translation>
    </message>
    <message>
        <source>Delete scenario: {name}</source>
        <translation>Xóa kịch bản: {name}</translation>
    </message>
    <message>
        <source>Edit criterion: {name}</source>
        <translation>Sửa tiêu chí: {name}</translation>
    </message>
    <message>
        <source>Method: {old} -&gt; {new}</source>
        <translation>Phương pháp: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Remove criterion: {name}</source>
        <translation>Xóa tiêu chí: {name}</translation>
    </message>
    <message>
        <source>Remove partner: {name}</source>
        <translation>Xóa đối tác: {name}</translation>
    </message>
    <message>
        <source>Rename scenario: {old} → {new}</source>
        <translation>Đổi tên kịch bản: {old} → {new}</translation>
    </message>
    <message>
        <source>Save scenario: {name}</source>
        <translation>Lưu kịch bản: {name}</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>Kịch bản: {name}</translation>
    </message>
    <message>
        <source>Update scenario: {name} with the current weights</source>
        <translation>Cập nhật kịch bản {name} theo trọng số hiện tại</translation>
    </message>
    <message>
        <source>VIKOR v: {old} -&gt; {new}</source>
        <translation>v của VIKOR: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Weights: equal</source>
        <translation>Trọng số: bằng nhau</translation>
    </message>
    <message>
        <source>Weights: reset to the workbook&apos;s</source>
        <translation>Trọng số: đặt lại theo tệp Excel</translation>
    </message>
</context>
<context>
    <name>SwingDialog</name>
    <message>
        <source>Imagine a partner worst on every criterion. Which single improvement, from worst to best,
would you want most? Give that swing 100, then rate every other swing against it (0-100).</source>
        <translation>Hãy hình dung một đối tác kém nhất trên mọi tiêu chí. Cải thiện đơn lẻ nào, từ kém nhất lên tốt nhất,
là điều bạn mong muốn nhất? Cho mức cải thiện đó 100 điểm, rồi chấm các mức khác so với nó (0-100).</translation>
    </message>
</context>
<context>
    <name>ThresholdInput</name>
    <message>
        <source>% of its range</source>
        <translation>% khoảng giá trị của tiêu chí</translation>
    </message>
    <message>
        <source>in the criterion&apos;s unit</source>
        <translation>theo đơn vị của tiêu chí</translation>
    </message>
</context>
<context>
    <name>ValueFunctionDialog</name>
    <message>
        <source>&amp;Add point</source>
        <translation>&amp;Thêm điểm nút</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Xóa điểm nút</translation>
    </message>
    <message>
        <source>&amp;Straight line (no function)</source>
        <translation>Đường &amp;thẳng (không có hàm giá trị)</translation>
    </message>
    <message>
        <source>A higher value may never score less (benefit criterion).</source>
        <translation>Giá trị cao hơn không bao giờ được ít điểm hơn (tiêu chí càng cao càng tốt).</translation>
    </message>
    <message>
        <source>A higher value may never score more (cost criterion).</source>
        <translation>Giá trị cao hơn không bao giờ được nhiều điểm hơn (tiêu chí càng thấp càng tốt).</translation>
    </message>
    <message>
        <source>Each point gives the score (0 = worst, 1 = best) a value is worth; between points the score follows the straight line, beyond the first and last it stays level. {direction} Only WSM uses value functions; the other methods ignore them.</source>
        <translation>Mỗi điểm nút cho biết một giá trị đáng bao nhiêu điểm (0 = kém nhất, 1 = tốt nhất); giữa hai điểm nút, điểm đi theo đường thẳng; trước điểm nút đầu và sau điểm nút cuối, điểm giữ nguyên. {direction} Chỉ WSM dùng hàm giá trị; các phương pháp khác bỏ qua.</translation>
    </message>
    <message>
        <source>Every cell must hold a number.</source>
        <translation>Mỗi ô phải là một số.</translation>
    </message>
    <message>
        <source>Point {number}: {problem}</source>
        <translation>Điểm nút {number}: {problem}</translation>
    </message>
    <message>
        <source>Score (0-1)</source>
        <translation>Điểm (0-1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Value function: {name}</source>
        <translation>Hàm giá trị: {name}</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>AHP pairwise comparison</source>
        <translation>so sánh từng cặp AHP</translation>
    </message>
    <message>
        <source>Direct weights: share 100 points</source>
        <translation>Trọng số trực tiếp: chia 100 điểm</translation>
    </message>
    <message>
        <source>Set weights</source>
        <translation>Đặt trọng số</translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation>Trọng số theo mức cải thiện (swing)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Weights from a rank order</source>
        <translation>Trọng số từ thứ tự xếp hạng</translation>
    </message>
    <message>
        <source>Weights from pairwise comparisons (AHP)</source>
        <translation>Trọng số từ so sánh từng cặp (AHP)</translation>
    </message>
    <message>
        <source>Weights from the data</source>
        <translation>Trọng số từ dữ liệu</translation>
    </message>
    <message>
        <source>Weights: {label}</source>
        <translation>Trọng số: {label}</translation>
    </message>
    <message>
        <source>direct allocation</source>
        <translation>chia điểm trực tiếp</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>từ dữ liệu</translation>
    </message>
    <message>
        <source>rank order</source>
        <translation>thứ tự xếp hạng</translation>
    </message>
    <message>
        <source>swing weighting</source>
        <translation>trọng số theo mức cải thiện</translation>
    </message>
</context>
<context>
    <name>WeightsMenu</name>
    <message>
        <source>Pairwise comparison (AHP)...</source>
        <translation>So sánh từng cặp (AHP)...</translation>
    </message>
    <message>
        <source>Rank the criteria...</source>
        <translation>Xếp hạng các tiêu chí...</translation>
    </message>
    <message>
        <source>Read returned ballots...</source>
        <translation>Đọc phiếu đã gửi lại...</translation>
    </message>
    <message>
        <source>Send ballots...</source>
        <translation>Gửi phiếu...</translation>
    </message>
    <message>
        <source>Share 100 points...</source>
        <translation>Chia 100 điểm...</translation>
    </message>
    <message>
        <source>Swing weighting...</source>
        <translation>Trọng số theo mức cải thiện...</translation>
    </message>
    <message>
        <source>Weights from the data...</source>
        <translation>Trọng số từ dữ liệu...</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>&amp;Equal</source>
        <translation>&amp;Bằng nhau</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Đặt &amp;lại</translation>
    </message>
    <message>
        <source>(choose a scenario)</source>
        <translation>(chọn kịch bản)</translation>
    </message>
    <message>
        <source>Back to the weights in the workbook&apos;s Criteria sheet</source>
        <translation>Quay lại trọng số trong trang Criteria của tệp Excel</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Xóa kịch bản</translation>
    </message>
    <message>
        <source>Delete the scenario {name}? Edit &gt; Undo brings it back.</source>
        <translation>Xóa kịch bản {name}? Có thể khôi phục bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Direction: {criterion} {old} -&gt; {new}</source>
        <translation>Chiều: {criterion} {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>Drag a slider: the other weights rescale, locked ones stay. Weights always add up to 100%.</source>
        <translation>Kéo thanh trượt: các trọng số khác tự điều chỉnh theo tỷ lệ, trọng số đã khóa giữ nguyên. Tổng trọng số luôn bằng 100 %.</translation>
    </message>
    <message>
        <source>Every criterion counts the same</source>
        <translation>Mọi tiêu chí được tính như nhau</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Lock the weight of {criterion}: other edits leave it as it is</source>
        <translation>Khóa trọng số của {criterion}: các thay đổi khác không làm thay đổi trọng số này</translation>
    </message>
    <message>
        <source>Manage scenarios</source>
        <translation>Quản lý kịch bản</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Tên mới cho {name}:</translation>
    </message>
    <message>
        <source>Overwrite the chosen scenario&apos;s weights with the weights shown above</source>
        <translation>Ghi đè trọng số của kịch bản đã chọn bằng các trọng số hiển thị ở trên</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Đổi tên kịch bản</translation>
    </message>
    <message>
        <source>Rename, update or delete the chosen scenario</source>
        <translation>Đổi tên, cập nhật hoặc xóa kịch bản đã chọn</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Save as scenario…</source>
        <translation>Lưu thành kịch bản…</translation>
    </message>
    <message>
        <source>Save weights as scenario</source>
        <translation>Lưu trọng số thành kịch bản</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Tên kịch bản:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Kịch bản:</translation>
    </message>
    <message>
        <source>The weights of scenario {name}</source>
        <translation>Trọng số của kịch bản {name}</translation>
    </message>
    <message>
        <source>Update with current weights</source>
        <translation>Cập nhật theo trọng số hiện tại</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Weight of {criterion}</source>
        <translation>Trọng số của {criterion}</translation>
    </message>
    <message>
        <source>Weight of {criterion} in percent</source>
        <translation>Trọng số của {criterion}, tính theo phần trăm</translation>
    </message>
    <message>
        <source>Weight scenarios from the workbook&apos;s Scenarios sheet: {names}</source>
        <translation>Các kịch bản trọng số từ trang Scenarios của tệp Excel: {names}</translation>
    </message>
    <message>
        <source>Weights from: {source}</source>
        <translation>Nguồn trọng số: {source}</translation>
    </message>
    <message>
        <source>Where the weights came from</source>
        <translation>Nguồn gốc của các trọng số</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>lợi ích</translation>
    </message>
    <message>
        <source>benefit: higher is better; cost: lower is better</source>
        <translation>lợi ích: càng cao càng tốt; chi phí: càng thấp càng tốt</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>chi phí</translation>
    </message>
</context>
<context>
    <name>WeightsPreview</name>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>Select a partner in a table to explain its rank.</source>
        <translation>Chọn một đối tác trong bảng để xem giải thích thứ hạng.</translation>
    </message>
</context>
</TS>
