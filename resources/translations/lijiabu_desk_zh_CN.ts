<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="90" />
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="94" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="95" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="96" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="97" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="99" />
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="109" />
        <source>New account…</source>
        <translation>新增账号…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="111" />
        <source>Disable / enable</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="113" />
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="130" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="132" />
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="133" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="142" />
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="169" />
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="170" />
        <source>Temporary password for %1:</source>
        <translation>%1 的临时密码：</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="187" />
        <source>The password of %1 was reset; they must change it at next login.</source>
        <translation>已重设 %1 的密码，该账号下次登录时须修改密码。</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="68" />
        <source>Mediation agreement (draft)</source>
        <translation>调解协议（草稿）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="75" />
        <source>e.g. cash handed over in person</source>
        <translation>如：现金当面交付</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="76" />
        <source>e.g. the village committee</source>
        <translation>如：村委会</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="78" />
        <source>(not an officer)</source>
        <translation>（非民警）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="79" />
        <source>mediator's name</source>
        <translation>调解员姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="84" />
        <source>where it happened</source>
        <translation>案发地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="85" />
        <source>witnesses, others present (or none)</source>
        <translation>证人等其他在场人员（没有可不填）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="87" />
        <source>The parties want to apply to the court for judicial confirmation</source>
        <translation>当事人愿意共同申请司法确认</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="105" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="134" />
        <source>Kind</source>
        <translation>协议种类</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="140" />
        <source>at</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="142" />
        <source>Incident time and place</source>
        <translation>案发时间、地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="143" />
        <source>Others present</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="145" />
        <source>Main facts</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="146" />
        <source>Points in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="147" />
        <source>Responsibility</source>
        <translation>各方责任</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="148" />
        <source>Terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="149" />
        <source>How it is carried out</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="152" />
        <source>By</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="154" />
        <source>Where</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="158" />
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="160" />
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="204" />
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="204" />
        <source>Presiding officer</source>
        <translation>主持调解民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="232" />
        <source>Save the draft to see what is still missing.</source>
        <translation>保存草稿后，这里会列出还缺少的内容。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="241" />
        <source>Still missing before it can be finalised:</source>
        <translation>定稿前还缺少：</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="245" />
        <source>Complete: it can be finalised and printed.</source>
        <translation>内容齐全，可以定稿打印。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/agreement_dialog.py" line="261" />
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="102" />
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="74" />
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="107" />
        <source>The database is damaged</source>
        <extracomment>A signed-in start: the open database and who logged in (None: the officer cancelled).</extracomment>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="106" />
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="78" />
        <source>Restore this backup now?</source>
        <translation>现在用这个备份恢复吗？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="115" />
        <source>There is no database file at
%1

Create a new, empty database there?</source>
        <translation>这里没有数据库文件：
%1

要在这里新建一个空的数据库吗？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="118" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="142" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="260" />
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/error_hook.py" line="27" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="42" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="48" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="57" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="59" />
        <source>Check the chain</source>
        <translation>检查审计链</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="61" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="65" />
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="79" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="66" />
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="80" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="67" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="68" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="78" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="81" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="82" />
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="100" />
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="120" />
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="129" />
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="129" />
        <source>CSV (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="143" />
        <source>%1 entries exported to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
</context>
<context>
    <name>BoundaryArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="64" />
        <source>Number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="64" />
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="65" />
        <source>Parcel</source>
        <translation>地块</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="66" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="67" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="68" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="69" />
        <source>Measured</source>
        <translation>丈量日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="70" />
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="71" />
        <source>Case</source>
        <translation>关联纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="81" />
        <source>Find: number, parcel, village, party or case</source>
        <translation>查找：编号、地块、村、当事人或纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="91" />
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="151" />
        <source>New boundary agreement…</source>
        <translation>新建地界协议…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="92" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="93" />
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="211" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="94" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="95" />
        <source>Mark signed…</source>
        <translation>标记已签署…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="96" />
        <source>Back to draft</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="97" />
        <source>Retire the draft…</source>
        <translation>注销草稿…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="131" />
        <source>%1 boundary agreements</source>
        <translation>共%1份地界协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="141" />
        <source>No boundary agreement matches “%1”.</source>
        <translation>没有符合“%1”的地界协议。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="142" />
        <source>Clear the search</source>
        <translation>清除查找</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="148" />
        <source>No boundary agreements yet. When a field's line is measured and agreed, write it down here with the measurements and the markers set.</source>
        <translation>还没有地界协议。现场丈量、双方认可界线后，在这里登记丈量数据和埋设的界标。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="198" />
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="208" />
        <source>Finalising numbers the agreement and locks it for printing and signing. Go back to draft to change it until it is signed.</source>
        <translation>定稿后协议编号、锁定，用于打印和签字。签署之前如需修改，可以退回修改。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="226" />
        <source>Mark signed</source>
        <translation>标记已签署</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="227" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="230" />
        <source>Once signed, the agreement is locked for good.</source>
        <translation>标记已签署后，协议将永久锁定，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="245" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>BoundaryForm</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="66" />
        <source>New boundary agreement</source>
        <translation>新建地界协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="66" />
        <source>Boundary agreement</source>
        <translation>地界协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="68" />
        <source>e.g. 老庄湾 (the field's local name)</source>
        <translation>如：老庄湾（地块的俗称）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="69" />
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="82" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="70" />
        <source>(no 社)</source>
        <translation>（不分社）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="81" />
        <source>where the field lies</source>
        <translation>坐落位置</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="83" />
        <source>亩, if known</source>
        <translation>亩，知道就填</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="84" />
        <source>land-contract certificate no., if any</source>
        <translation>土地承包经营权证号（有就填）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="86" />
        <source>who or what borders it</source>
        <translation>相邻的人家或地物</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="89" />
        <source>e.g. the corner stone at the road</source>
        <translation>如：路边的老界石</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="91" />
        <source>The measurements go round the parcel and close</source>
        <translation>丈量绕地块一周并闭合</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="106" />
        <source>(none: the neighbours want the line written down)</source>
        <translation>（无：邻居只想把界线写下来）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="129" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="142" />
        <source>Parcel</source>
        <translation>地块名称</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="147" />
        <source>Village</source>
        <translation>所在村社</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="150" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="152" />
        <source>Certificate</source>
        <translation>权证号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="154" />
        <source>Land type</source>
        <translation>地类</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="156" />
        <source>East</source>
        <translation>东至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="156" />
        <source>South</source>
        <translation>南至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="156" />
        <source>West</source>
        <translation>西至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="156" />
        <source>North</source>
        <translation>北至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="160" />
        <source>四至</source>
        <translation>四至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="161" />
        <source>Reference point</source>
        <translation>参照点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="163" />
        <source>Tape measurements (from the reference point, one leg a row)</source>
        <translation>丈量记录（从参照点量起，一段一行）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="173" />
        <source>The line in words</source>
        <translation>界线走向（文字）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="174" />
        <source>Markers set</source>
        <translation>埋设界标</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="175" />
        <source>Crops, structures</source>
        <translation>涉及庄稼、建筑</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="176" />
        <source>Who bears which cost</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="177" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="178" />
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="179" />
        <source>Measured on</source>
        <translation>丈量日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="180" />
        <source>Dispute</source>
        <translation>关联纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="181" />
        <source>Photos</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="218" />
        <source>Closes on %1 within %2 m (allowed %3 m).</source>
        <translation>在%1点闭合，闭合差%2米（允许%3米）。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="265" />
        <source>Finalised: go back to draft to change it.</source>
        <translation>已定稿：如需修改，请先退回修改。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_form.py" line="268" />
        <source>Still missing before it can be finalised:
%1</source>
        <translation>定稿前还缺少：
%1</translation>
    </message>
</context>
<context>
    <name>BoundaryTables</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="26" />
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="27" />
        <source>To</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="28" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="29" />
        <source>Metres</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="30" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="36" />
        <source>Direction: 东/南/西/北, 东北…, a bearing such as 30°, or 北偏东30°</source>
        <translation>方向：东、南、西、北、东北……，方位角如30°，或北偏东30°</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="66" />
        <source>Marker</source>
        <translation>界标</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="67" />
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="68" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="111" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_tables.py" line="112" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_actions.py" line="73" />
        <location filename="../../src/lijiabu_desk/ui/calls/call_actions.py" line="99" />
        <location filename="../../src/lijiabu_desk/ui/calls/call_actions.py" line="124" />
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_actions.py" line="107" />
        <source>Register a dispute from a service call</source>
        <translation>从求助登记矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_actions.py" line="127" />
        <source>Caller's number</source>
        <translation>求助人电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_actions.py" line="128" />
        <source>%1 (this look-up is recorded in the audit trail)</source>
        <translation>%1（本次查看已记入操作日志）</translation>
    </message>
</context>
<context>
    <name>CallFormDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="64" />
        <source>Log a service call</source>
        <translation>登记来电求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="64" />
        <source>Edit the call</source>
        <translation>修改求助登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="69" />
        <source>Caller: type the phone number or the name, then Enter</source>
        <translation>来电人：输入电话号码或姓名（拼音也可），按回车</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="75" />
        <source>Not this caller</source>
        <translation>不是此人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="77" />
        <source>name, when not found above</source>
        <translation>姓名（上面查不到时填写）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="78" />
        <source>the number they call from</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="82" />
        <source>What they need, in their words</source>
        <translation>求助内容，照来电人的话记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="83" />
        <source>(the caller's village)</source>
        <translation>（来电人所在村）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="91" />
        <source>e.g. group 3, the house by the school</source>
        <translation>如：三社，学校旁那户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="92" />
        <source>(nobody sent yet)</source>
        <translation>（尚未派人）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="129" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="132" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="134" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="135" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="136" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="137" />
        <source>What they need</source>
        <translation>求助内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="141" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="142" />
        <source>Sent</source>
        <translation>派出民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="147" />
        <source>Received</source>
        <translation>求助时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="167" />
        <source>Not in the register: type the name or the number.</source>
        <translation>人员库中没有选定的人：请填写姓名或电话。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_form.py" line="210" />
        <source>A household in the register (the caller named below)</source>
        <translation>登记在册的户（来电人姓名见下）</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="52" />
        <source>Choose a call on the left, or log a new one.</source>
        <extracomment>Button key → the step it needs (None: always offered while a call is shown).</extracomment>
        <translation>请在左边选择一条求助记录，或登记新的来电求助。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="77" />
        <source>Arrived (到达)</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="78" />
        <source>Done (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="79" />
        <source>Outcome…</source>
        <translation>处理结果…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="80" />
        <source>Edit the call…</source>
        <translation>修改求助登记…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="81" />
        <source>Correct the times…</source>
        <translation>更正时间…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="82" />
        <source>Register a dispute from this call…</source>
        <translation>从此求助登记纠纷…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="83" />
        <source>Open the case</source>
        <translation>打开关联纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="84" />
        <source>Show the full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="85" />
        <source>Retire this call…</source>
        <translation>注销此记录…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="99" />
        <source>Received</source>
        <translation>求助时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="100" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="101" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="102" />
        <source>Sent</source>
        <translation>派出民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="103" />
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="104" />
        <source>Done</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="105" />
        <source>What they need</source>
        <translation>求助内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="106" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="107" />
        <source>五小</source>
        <translation>五小</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="108" />
        <source>Dispute</source>
        <translation>关联纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="109" />
        <source>Corrections</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="138" />
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="141" />
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="144" />
        <source> (after %1)</source>
        <translation>（用时%1）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="149" />
        <source>nobody sent yet</source>
        <translation>尚未派人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_page.py" line="153" />
        <source>not recorded yet</source>
        <translation>尚未登记</translation>
    </message>
</context>
<context>
    <name>CallsArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="39" />
        <source>Not done yet</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="40" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="41" />
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="42" />
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="43" />
        <source>All officers</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="47" />
        <source>Find: caller's name, the number's last 4 digits, or what they needed</source>
        <translation>查找：来电人姓名、电话后4位或求助内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="52" />
        <source>Log a call… (Ctrl+Shift+N)</source>
        <translation>登记来电求助…（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="141" />
        <source>The newest %1 of %2 calls</source>
        <translation>显示最新%1条，共%2条求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="144" />
        <source>%1 calls</source>
        <translation>共%1条求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="146" />
        <source>, %1 not done yet</source>
        <translation>，%1条未办结</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="161" />
        <source>No calls logged yet. When a villager rings the number on the contact card, log the call here while you talk.</source>
        <translation>还没有求助记录。群众拨打警民连心卡上的电话时，边接听边在这里登记。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="164" />
        <source>Log a call…</source>
        <translation>登记来电求助…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="169" />
        <source>No call matches these filters.</source>
        <translation>没有符合这些条件的求助记录。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_area.py" line="170" />
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
</context>
<context>
    <name>CallsTable</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="33" />
        <source>Received</source>
        <extracomment>Columns whose text is coloured: urgency and status.</extracomment>
        <translation>求助时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="36" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="37" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="38" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="39" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="40" />
        <source>What they need</source>
        <translation>求助内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="41" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="42" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="43" />
        <source>Response</source>
        <translation>响应用时</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="44" />
        <source>Sent</source>
        <translation>派出民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/calls_table.py" line="45" />
        <source>Case</source>
        <translation>关联纠纷</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="78" />
        <source>Choose a village or group on the left first.</source>
        <translation>请先在左边选择一个村或社。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="91" />
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="98" />
        <source>The font has no glyph for %1: these print as boxes. Write them in by hand.</source>
        <translation>字体中没有“%1”这些字，打印出来是方框，请手写补上。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="100" />
        <source>Contact cards (%1)</source>
        <translation>警民连心卡（%1张）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="57" />
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="115" />
        <source>Contact cards</source>
        <translation>警民连心卡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="59" />
        <source>Print cards for the chosen village or group…</source>
        <translation>为所选村/社打印连心卡…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="61" />
        <source>Print cards for every household without a current card…</source>
        <translation>为所有没有有效连心卡的户打印…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="116" />
        <source>Have these cards been handed out to the households? Record it now?</source>
        <translation>已把这些卡发到户了吗？现在登记吗？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="118" />
        <source>%1 households (the cards just printed)</source>
        <translation>刚打印的%1户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="128" />
        <source>Household %1 (head: %2)</source>
        <translation>户 %1（户主：%2）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_actions.py" line="136" />
        <source>Recorded: %1 card(s) handed over.</source>
        <translation>已登记发卡 %1 户。</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="109" />
        <source>Not complete yet</source>
        <translation>内容还不完整</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="112" />
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="282" />
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="131" />
        <source>Reopen the case?</source>
        <translation>确认重新打开？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="134" />
        <source>Reopen case %1? It goes back to “%2” and its closing date is cleared; the reason is kept in its history. Visits cancelled when it was closed are not brought back.</source>
        <translation>确定重新打开 %1 吗？案件将回到“%2”状态，结案日期清除，重新打开的原因记入案件历史。结案时取消的回访计划不会恢复。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="141" />
        <source>Reopen the case</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="212" />
        <source>Record the oral agreement</source>
        <translation>登记口头协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="214" />
        <source>Recording the oral agreement locks it for good: it can no longer be changed, and an oral agreement cannot be corrected by a supplementary agreement.</source>
        <translation>登记后这份口头协议即永久锁定，不能再修改；口头协议也不能用补充协议更正。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="220" />
        <source>Agreed on</source>
        <translation>达成日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="224" />
        <source>Record and lock for good</source>
        <translation>登记并永久锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="230" />
        <source>Finalise the agreement?</source>
        <translation>确认定稿？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="232" />
        <source>Finalising gives the agreement its number and locks its content, so that what is printed for signing is what is stored. After that it can only be changed by sending it back to draft (it keeps its number).</source>
        <translation>定稿后协议将编号，内容锁定，打印出来签字的就是存档的内容。定稿后如需修改，只能先“退回修改”成草稿（编号保留）。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="236" />
        <source>Finalise and lock</source>
        <translation>定稿并锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="242" />
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="244" />
        <source>The agreement is numbered and locked. Print it, let every party sign and press their fingerprint, then press “Mark signed”.</source>
        <translation>协议已编号并锁定。请打印，由各方当事人签名并捺印后，再点“标记已签署”。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="258" />
        <source>Mark the agreement signed</source>
        <translation>标记协议已签署</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="260" />
        <source>Once marked signed, the agreement is locked for good: it can no longer be changed or sent back to draft. A correction then needs a supplementary agreement.</source>
        <translation>标记已签署后协议永久锁定，不能再修改，也不能退回修改；之后如需更正，只能另订补充协议。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="267" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="271" />
        <source>Mark signed and lock</source>
        <translation>标记已签署并锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="313" />
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_actions.py" line="320" />
        <source>The font has no glyph for %1: these print as boxes. Write them in by hand.</source>
        <translation>字体中没有“%1”这些字，打印出来是方框，请手写补上。</translation>
    </message>
</context>
<context>
    <name>CaseHistoryDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/history_dialog.py" line="18" />
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
</context>
<context>
    <name>CaseLinks</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_links.py" line="44" />
        <source>From a service call: %1</source>
        <translation>来自来电求助：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_links.py" line="49" />
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_links.py" line="51" />
        <source>Boundary agreements: %1</source>
        <translation>地界协议：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_links.py" line="60" />
        <source>%1 %2: %3 (%4 of %5 items done)</source>
        <translation>%1 %2：%3（%5项中已完成%4项）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_links.py" line="67" />
        <source>Joint meetings: %1</source>
        <translation>联席会议：%1</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="98" />
        <source>Side</source>
        <extracomment>States in which a case has an end to report (结案报告).</extracomment>
        <translation>方别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="99" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="100" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="101" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="103" />
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="104" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="102" />
        <source>Asks for</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="109" />
        <source>Held</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="111" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="112" />
        <source>Who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="110" />
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="117" />
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="123" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="118" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="122" />
        <source>Signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="120" />
        <source>Deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="121" />
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="132" />
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="119" />
        <source>Missing</source>
        <translation>缺少内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="129" />
        <source>Due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="130" />
        <source>Visited</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="130" />
        <source>not yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="131" />
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="133" />
        <source>Findings</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="161" />
        <source>Edit case…</source>
        <translation>修改登记…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="162" />
        <source>Print intake form</source>
        <translation>打印受理登记表</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="163" />
        <source>Mediation failed…</source>
        <translation>调解不成…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="164" />
        <source>Refer…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="165" />
        <source>Close case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="166" />
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="167" />
        <source>Print closing report</source>
        <translation>打印结案报告</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="168" />
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="169" />
        <source>Retire…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="170" />
        <source>Boundary agreement…</source>
        <translation>地界协议…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="183" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="185" />
        <source>Edit party's details…</source>
        <translation>修改当事人信息…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="190" />
        <source>Mediation sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="193" />
        <source>New session…</source>
        <translation>新增调解记录…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="194" />
        <source>Print record</source>
        <translation>打印调解记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="200" />
        <source>Agreements</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="203" />
        <source>Draft people's mediation agreement…</source>
        <translation>起草人民调解协议书…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="204" />
        <source>Draft police mediation agreement…</source>
        <translation>起草治安调解协议书…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="205" />
        <source>Open draft…</source>
        <translation>打开草稿…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="206" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="207" />
        <source>Back to draft</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="208" />
        <source>Mark signed…</source>
        <translation>标记已签署…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="209" />
        <source>Supplementary agreement…</source>
        <translation>订立补充协议…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="210" />
        <source>Print agreement</source>
        <translation>打印协议书</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="216" />
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="219" />
        <source>Record visit…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="220" />
        <source>Print visit record</source>
        <translation>打印回访记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="243" />
        <source>Choose a case on the left, or register a new one.</source>
        <translation>请在左侧选择一件纠纷，或登记新纠纷。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="259" />
        <source>time limit %1</source>
        <translation>办理期限 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="261" />
        <source>&lt;b style='color:#c0392b'&gt;%1 days overdue&lt;/b&gt;</source>
        <translation>&lt;b style='color:#c0392b'&gt;已超期 %1 天&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="265" />
        <source>%1 days left (until %2)</source>
        <translation>还剩 %1 天（%2 前办结）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="275" />
        <source>Failed: %1. Routes left open: %2</source>
        <translation>调解不成：%1。已告知其他途径：%2</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="283" />
        <source>Judicial confirmation may be applied for until %1.</source>
        <translation>当事人可在 %1 前共同申请司法确认。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="289" />
        <source>Closed on %1. %2</source>
        <translation>%1 结案。%2</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="352" />
        <source>A case closed after mediation failed or after it was referred is not reopened: if it comes back, register it as a new case.</source>
        <translation>调解不成或移交后结案的纠纷不能重新打开；如纠纷再起，请重新登记一件纠纷。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/case_page.py" line="356" />
        <source>Only the station chief or an officer may reopen a case.</source>
        <translation>只有所长或民警可以重新打开已结案的纠纷。</translation>
    </message>
</context>
<context>
    <name>ChangeHeadDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="98" />
        <source>Change the head of the household</source>
        <translation>更换户主</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="105" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="109" />
        <source>New head</source>
        <translation>新户主</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="110" />
        <source>The former head becomes</source>
        <translation>原户主改为</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="115" />
        <source>There is no other member who could be the head.</source>
        <translation>这一户没有其他可以担任户主的在册成员。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/chart_panel.py" line="40" />
        <source>Double-click a bar or a point to list its records</source>
        <translation>双击柱形或数据点，列出其中的记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/chart_panel.py" line="41" />
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="267" />
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="269" />
        <source>Closing note</source>
        <translation>结案说明</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="271" />
        <source>Prevented a quarrel from becoming a crime</source>
        <translation>防止了矛盾激化转为刑事案件（防止民转刑）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="272" />
        <source>Prevented a group petition</source>
        <translation>防止了群体性上访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="273" />
        <source>Prevented</source>
        <translation>化解成效</translation>
    </message>
</context>
<context>
    <name>DataSafetyActions</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="38" />
        <source>Back up to which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="43" />
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="43" />
        <source>Backups (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="60" />
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="162" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="81" />
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="86" />
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="87" />
        <source>The backup was written and checked:
%1</source>
        <translation>备份已写入并校验通过：
%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="75" />
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="92" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="107" />
        <source>Restore from this file anyway? Do so only if you know where it comes from.</source>
        <translation>仍要用这个文件恢复吗？只有确知这个文件的来历时才能这样做。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="127" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="134" />
        <source>Backup of %1: %2 households, %3 people.

Restoring replaces all current data with this backup. The current data is backed up first. Restore?</source>
        <translation>备份时间 %1：%2 户，%3 人。

恢复会用这个备份替换当前的全部数据，当前数据会先自动备份。确认恢复吗？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="150" />
        <source>The backup was restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="153" />
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="156" />
        <source>New password (at least 8 characters, letters and digits)</source>
        <translation>新密码（至少8位，包含字母和数字）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="159" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="165" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的新密码不一致，密码没有修改。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="173" />
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>DeliveredDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="29" />
        <source>New ID card delivered</source>
        <translation>新身份证已送达</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="30" />
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="32" />
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="33" />
        <source>empty: the day the application was sent</source>
        <translation>不填：按送审日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="34" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="50" />
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="51" />
        <source>By the holder's age the new card is valid long-term.</source>
        <translation>按持证人年龄，新证为长期有效。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="55" />
        <source>Proposed by the holder's age; change it to what the card says.</source>
        <translation>按持证人年龄推算；请以证件上印的日期为准修改。</translation>
    </message>
</context>
<context>
    <name>DisputeForms</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/widgets.py" line="25" />
        <source>e.g. 20261128</source>
        <translation>如 20261128</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/widgets.py" line="29" />
        <source>e.g. 14:30</source>
        <translation>如 14:30</translation>
    </message>
</context>
<context>
    <name>DisputesArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="67" />
        <source>Find a case: party name, pinyin or case number</source>
        <translation>查找纠纷：当事人姓名、拼音或案件编号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="68" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="69" />
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="70" />
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="71" />
        <source>Any risk</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="72" />
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="73" />
        <source>Visits due</source>
        <translation>只看待回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="74" />
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="218" />
        <source>Register a dispute…</source>
        <translation>登记纠纷…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="76" />
        <source>Export ledger…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="77" />
        <source>The cases shown, as an Excel ledger</source>
        <translation>把当前筛选出的纠纷导出为 Excel 台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="85" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="86" />
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="87" />
        <source>Kind</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="88" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="89" />
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="90" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="91" />
        <source>Time limit</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="92" />
        <source>Village</source>
        <translation>村名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="146" />
        <source>visit %1</source>
        <translation>回访 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="150" />
        <source>%1 days overdue</source>
        <translation>超期 %1 天</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="151" />
        <source>%1 days left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="196" />
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="198" />
        <source>, %1 overdue</source>
        <translation>，超期 %1 件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="215" />
        <source>No disputes registered yet. When a dispute comes in, register it with its parties and what happened.</source>
        <translation>还没有登记纠纷。接到纠纷时，请登记当事人和经过。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="223" />
        <source>No case matches these filters.</source>
        <translation>没有符合筛选条件的纠纷。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="224" />
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="281" />
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="281" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="299" />
        <source>Ledger exported</source>
        <translation>台账已导出</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="300" />
        <source>%1 cases written to %2.</source>
        <translation>已把 %1 件纠纷写入 %2。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/area.py" line="307" />
        <source>Not exported</source>
        <translation>没有导出</translation>
    </message>
</context>
<context>
    <name>EditTable</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/edit_table.py" line="33" />
        <source>Add a row</source>
        <translation>加一行</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/edit_table.py" line="35" />
        <source>Remove the row</source>
        <translation>删除这一行</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="182" />
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="184" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="186" />
        <source>Other routes told to the parties</source>
        <translation>已告知当事人的其他途径</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="189" />
        <source>e.g. may sue at the county court; may apply to the township government</source>
        <translation>如：可向区人民法院起诉；可申请乡镇政府处理</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/figure_table.py" line="68" />
        <source>Double-click to list the records behind this number</source>
        <translation>双击列出这个数字所统计的记录</translation>
    </message>
</context>
<context>
    <name>FileCheckWatch</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="44" />
        <source>Checking the file…</source>
        <translation>正在检查数据文件……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="52" />
        <source>File intact</source>
        <translation>数据文件完好</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="54" />
        <source>The whole database file was read and checked at %1.</source>
        <translation>已于%1通读并检查了整个数据文件。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="59" />
        <source>File damaged</source>
        <translation>数据文件损坏</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="69" />
        <source>File not checked</source>
        <translation>数据文件未检查</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="99" />
        <source>Restored from a backup</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/file_check.py" line="101" />
        <source>The damaged file was set aside and the backup restored.</source>
        <translation>损坏的文件已另存一旁，并已恢复备份。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="112" />
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="114" />
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="117" />
        <source>Visiting officer</source>
        <translation>回访民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="119" />
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="131" />
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="136" />
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="142" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="123" />
        <source>Person visited</source>
        <translation>被回访人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="124" />
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="129" />
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="134" />
        <source>How the visit was made</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="140" />
        <source>Parties satisfied?</source>
        <translation>当事人满意度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="144" />
        <source>How it is kept</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="146" />
        <source>Signs of trouble</source>
        <translation>矛盾隐患</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="154" />
        <source>Remind the parties: they may apply together to the court for judicial confirmation until %1.</source>
        <translation>请提醒当事人：可在 %1 前共同向人民法院申请司法确认。</translation>
    </message>
</context>
<context>
    <name>GuardedFormDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/guarded_form.py" line="41" />
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/guarded_form.py" line="42" />
        <source>What you typed here has not been saved. Close without saving?</source>
        <translation>这里填写的内容还没有保存。不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="37" />
        <source>Record contact cards handed over</source>
        <translation>登记已发卡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="39" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="43" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="48" />
        <source>e.g. 20261128</source>
        <translation>如 20261128</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="51" />
        <source>Record this once the cards are in the households' hands. The officer and the numbers on the card are recorded as they print today.</source>
        <translation>卡发到户后再登记。卡上的民警和号码按今天打印的内容记录。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="57" />
        <source>Cards for</source>
        <translation>发卡对象</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="58" />
        <source>Handed over by</source>
        <translation>发卡人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="59" />
        <source>Handed over on</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/card_dialogs.py" line="68" />
        <source>Choose who handed the cards over.</source>
        <translation>请选择发卡人。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/history_view.py" line="17" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/history_view.py" line="18" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/history_view.py" line="19" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/history_view.py" line="20" />
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/history_view.py" line="23" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="51" />
        <source>New household</source>
        <translation>新增一户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="51" />
        <source>Edit household</source>
        <translation>修改户信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="62" />
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="63" />
        <source>Village</source>
        <translation>村名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="64" />
        <source>Group</source>
        <translation>社</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="65" />
        <source>House number</source>
        <translation>门牌号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="66" />
        <source>Address detail</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="67" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="68" />
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="69" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="70" />
        <source>Care tags</source>
        <translation>关爱标签</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_dialog.py" line="92" />
        <source>(no group)</source>
        <translation>（不分社）</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="57" />
        <source>Edit household</source>
        <translation>修改户信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="58" />
        <source>Add member</source>
        <translation>新增成员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="59" />
        <source>Edit member</source>
        <translation>修改成员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="60" />
        <source>Moved away / deceased</source>
        <translation>迁出/死亡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="61" />
        <source>Change head</source>
        <translation>更换户主</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="62" />
        <source>Move to another household…</source>
        <translation>迁至他户…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="63" />
        <source>Undo moved away / deceased…</source>
        <translation>撤销迁出/死亡登记…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="64" />
        <source>Retire this record…</source>
        <translation>注销这条人员记录…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="80" />
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="83" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="84" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="85" />
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="86" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="87" />
        <source>ID card valid until</source>
        <translation>身份证有效期至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="88" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="89" />
        <source>Home service</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="89" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="105" />
        <source>Handed over</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="106" />
        <source>Officer on the card</source>
        <translation>卡上民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="107" />
        <source>Handed over by</source>
        <translation>发卡人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="108" />
        <source>Numbers on the card</source>
        <translation>卡上号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="113" />
        <source>Print contact card…</source>
        <translation>打印连心卡…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="114" />
        <source>Record card handed over…</source>
        <translation>登记已发卡…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="117" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="118" />
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="119" />
        <source>Officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="120" />
        <source>Done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="121" />
        <source>Notes</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="124" />
        <source>Log a home visit…</source>
        <translation>登记入户走访…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="127" />
        <source>Double-click a call to open it</source>
        <translation>双击打开这条求助记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="130" />
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="131" />
        <source>Contact cards</source>
        <translation>警民连心卡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="132" />
        <source>Home visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="133" />
        <source>Service calls</source>
        <translation>求助记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="134" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="168" />
        <source>badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="169" />
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="170" />
        <source>24-hour</source>
        <translation>值班电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="171" />
        <source>chief</source>
        <translation>所长</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="172" />
        <source>anti-fraud</source>
        <translation>反诈</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="184" />
        <source>The contact card is current (handed over on %1).</source>
        <translation>连心卡有效（%1发放）。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="190" />
        <source>No contact card has been handed over yet.</source>
        <translation>还没有发过连心卡。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="194" />
        <source>The card is out of date: %1. A new card is needed.</source>
        <translation>连心卡已过时：%1，需要换发新卡。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="226" />
        <source>The head stays: choose a new head first (Change head).</source>
        <translation>户主不能直接迁走：请先用“更换户主”另选户主。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="228" />
        <source>Only the station chief or an officer may do this.</source>
        <translation>只有所长或民警可以办理。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="234" />
        <source>Only for a person added by mistake; the record and the reason are kept.</source>
        <translation>仅用于误录的人员；记录和注销原因都会保留。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="263" />
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="269" />
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="271" />
        <source>(renew now)</source>
        <translation>（可换领）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="300" />
        <source>Choose a household on the left, or search (Ctrl+F).</source>
        <translation>请在左侧选择一户，或用上方搜索（Ctrl+F）。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="308" />
        <source>Household %1 — head: %2</source>
        <translation>户号 %1 — 户主：%2</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="310" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="312" />
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="315" />
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/household_view.py" line="317" />
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="53" />
        <source>Import a village roster</source>
        <translation>导入村花名册</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="58" />
        <source>Choose the roster file…</source>
        <translation>选择花名册文件…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="61" />
        <source>Open Settings → Villages</source>
        <translation>打开 设置 → 行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="74" />
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="93" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="75" />
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="84" />
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="76" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="77" />
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="78" />
        <source>Changes</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="85" />
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="86" />
        <source>Group</source>
        <translation>社</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="87" />
        <source>House number and address</source>
        <translation>门牌号及地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="88" />
        <source>What happens</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="94" />
        <source>Why it was not taken</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="100" />
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="101" />
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="102" />
        <source>Households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="103" />
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="109" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="113" />
        <source>Village</source>
        <translation>村名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="135" />
        <source>No villages yet, so a roster cannot be imported. First add the village under Settings → Villages.</source>
        <translation>还没有行政村，无法导入花名册。请先在 设置 → 行政村 中添加这个村。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="148" />
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="150" />
        <source>Rosters (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation>花名册 (*.xlsx *.xlsm *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="162" />
        <source>Reading the roster…</source>
        <translation>正在读取花名册……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="172" />
        <source>New household</source>
        <translation>新建户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="174" />
        <source>Registered; the roster fills in: %1</source>
        <translation>已登记；花名册补充：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="177" />
        <source>Registered, nothing to fill in</source>
        <translation>已登记，无需补充</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="189" />
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected; %6 new households. Nothing has been written yet.</source>
        <translation>%1：新增 %2 人，更新 %3 人，未变 %4 人，拒绝 %5 行；新建 %6 户。尚未写入，请核对后点“导入”。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="211" />
        <source>Backing up, then importing…</source>
        <translation>正在备份，然后导入……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/import_dialog.py" line="217" />
        <source>Imported: %1 new, %2 updated. A backup was taken first.</source>
        <translation>导入完成：新增 %1 人，更新 %2 人。导入前已自动备份。</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="78" />
        <source>Register a dispute</source>
        <translation>登记矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="78" />
        <source>Edit the case</source>
        <translation>修改纠纷登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="81" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="84" />
        <source>(no village)</source>
        <translation>（不在村内）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="90" />
        <source>e.g. group 3, by the threshing floor</source>
        <translation>如：三社打麦场旁</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="93" />
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="96" />
        <source>empty: 30 days after intake</source>
        <translation>不填：受理后 30 天</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="130" />
        <source>Received by</source>
        <translation>受理民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="132" />
        <source>Received on</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="135" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="137" />
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="142" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="145" />
        <source>Time limit</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="147" />
        <source>Risk grade</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="148" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/intake_dialog.py" line="149" />
        <source>Facts</source>
        <translation>纠纷简要情况</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="64" />
        <source>Moved away or deceased: %1</source>
        <translation>迁出或死亡登记：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="67" />
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="68" />
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="70" />
        <source>e.g. 20261128</source>
        <translation>如 20261128</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="72" />
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="73" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="74" />
        <source>Reason or where to</source>
        <translation>原因或迁往何处</translation>
    </message>
</context>
<context>
    <name>LikelyPairsDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="142" />
        <source>People who may be recorded twice</source>
        <translation>可能重复的人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="145" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="146" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="147" />
        <source>First</source>
        <translation>第一条记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="148" />
        <source>Second</source>
        <translation>第二条记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="154" />
        <source>Compare and merge…</source>
        <translation>比对并合并…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="156" />
        <source>Undo the last merge</source>
        <translation>撤销刚才的合并</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="159" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="180" />
        <source>%1 pairs</source>
        <translation>共%1对</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="182" />
        <source>No likely duplicates found.</source>
        <translation>没有发现可能重复的人员。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="214" />
        <source>Not undone</source>
        <translation>未能撤销</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/list_page.py" line="72" />
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/list_page.py" line="74" />
        <location filename="../../src/lijiabu_desk/ui/settings/list_page.py" line="120" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/list_page.py" line="122" />
        <source>View…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/list_page.py" line="198" />
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="38" />
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="42" />
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="44" />
        <source>Enter the password of %1 to go on.</source>
        <translation>请输入 %1 的密码继续使用。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="52" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="55" />
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="42" />
        <source>Log in — Lijiabu Police Desk</source>
        <translation>登录 — 李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="45" />
        <source>Lijiabu Police Desk</source>
        <translation>李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="57" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="58" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="60" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="74" />
        <source>Please enter your user name.</source>
        <translation>请填写用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="69" />
        <source>Lijiabu Police Desk</source>
        <extracomment>After the first counts, how long the whole-file check waits (the officer's first clicks).</extracomment>
        <translation>李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="124" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="119" />
        <source>User: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="76" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="106" />
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="107" />
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="108" />
        <source>Service calls</source>
        <translation>服务求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="109" />
        <source>Boundaries</source>
        <translation>地界协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="110" />
        <source>Joint meetings</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="111" />
        <source>Anti-fraud</source>
        <translation>反诈宣传</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="112" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="113" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="174" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="176" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="180" />
        <source>&amp;Back up to a folder or USB stick…</source>
        <translation>备份到文件夹或U盘(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="184" />
        <source>Re&amp;store from a backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="189" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="192" />
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="193" />
        <source>People who may be recorded &amp;twice…</source>
        <translation>可能重复的人员(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="196" />
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="198" />
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="201" />
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="204" />
        <source>&amp;Manage accounts…</source>
        <translation>管理账号(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="207" />
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="210" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="211" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="214" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="215" />
        <source>Type &amp;size</source>
        <translation>字号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="283" />
        <source>%1 — Lijiabu Police Desk</source>
        <translation>%1 — 李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="285" />
        <source>Counts refreshed</source>
        <translation>统计已刷新</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="303" />
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="306" />
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="311" />
        <source>%1 attached files no longer match what was attached (%2): restore them from an older backup or attach them again.</source>
        <translation>有%1个附件与附加时不一致（%2）：请从较早的备份恢复，或重新附加。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="320" />
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="350" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="326" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="328" />
        <source>Lijiabu Police Desk, version %1.
Register, mediation and service records for a village police post; works without a network.</source>
        <translation>李家堡警务台账，版本 %1。
派出所户籍登记、矛盾纠纷调解与便民服务台账，无需联网即可使用。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="343" />
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="345" />
        <source>Backing up before closing; the window closes when the backup is checked.</source>
        <translation>关闭前正在备份；备份核对无误后窗口会自动关闭。</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="51" />
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="51" />
        <source>New joint meeting</source>
        <translation>新建联席会议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="54" />
        <source>e.g. the township government's meeting room</source>
        <translation>如：镇政府会议室</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="55" />
        <source>e.g. joint meeting on disputes, November</source>
        <translation>如：11月矛盾纠纷联席会议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="56" />
        <source>e.g. the township's 综治中心</source>
        <translation>如：镇综治中心</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="58" />
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="67" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="58" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="58" />
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="95" />
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="61" />
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="61" />
        <source>Decision</source>
        <translation>议定意见</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="67" />
        <source>Topic no.</source>
        <translation>议题序号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="67" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="67" />
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="68" />
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="68" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="71" />
        <source>Topic no.: 1, 2 … for a topic; empty: other items</source>
        <translation>议题序号：填1、2……表示属于该议题；不填为其他事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="74" />
        <source>(no case)</source>
        <translation>（不涉及具体纠纷）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="93" />
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="94" />
        <source>Place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="96" />
        <source>Convened by</source>
        <translation>召集人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="97" />
        <source>Attending</source>
        <translation>参会单位和人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="98" />
        <source>Topics</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="99" />
        <source>Case of the chosen topic</source>
        <translation>所选议题涉及的纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meeting_form.py" line="100" />
        <source>Action items</source>
        <translation>落实事项</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="48" />
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="49" />
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="50" />
        <source>Units</source>
        <translation>参会单位</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="51" />
        <source>Topics</source>
        <translation>议题数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="52" />
        <source>Open items</source>
        <translation>未完成事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="53" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="64" />
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="65" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="66" />
        <source>Unit and person</source>
        <translation>责任单位和人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="67" />
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="68" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="69" />
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="209" />
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="70" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="78" />
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="166" />
        <source>New joint meeting…</source>
        <translation>新建联席会议…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="79" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="80" />
        <source>Print the minutes…</source>
        <translation>打印会议纪要…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="81" />
        <source>Item done…</source>
        <translation>事项已完成…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="82" />
        <source>Item not done after all</source>
        <translation>事项改为未完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="88" />
        <source>Find: meeting, place or unit</source>
        <translation>查找：会议、地点或单位</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="106" />
        <source>Action items of the chosen meeting</source>
        <translation>所选会议的落实事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="141" />
        <source>%1 meetings, %2 items not done, %3 overdue</source>
        <translation>共%1次会议，%2项事项未完成，%3项逾期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="155" />
        <source>No meeting matches “%1”.</source>
        <translation>没有符合“%1”的联席会议。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="156" />
        <source>Clear the search</source>
        <translation>清除查找</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="162" />
        <source>No joint meetings recorded yet. When the township's units meet on disputes one of them cannot settle, record who came, what was decided and who does what.</source>
        <translation>还没有联席会议记录。各单位就一家解决不了的纠纷开联席会议时，在这里登记参会人员、议定意见和谁负责落实。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="209" />
        <source>Item done</source>
        <translation>事项已完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="221" />
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/meetings/meetings_area.py" line="232" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="47" />
        <source>Merge two records of %1</source>
        <translation>合并%1的两条记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="50" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="50" />
        <source>Kept record</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="50" />
        <source>Other record</source>
        <translation>另一条记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="50" />
        <source>Keep</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="68" />
        <source>Moves to the kept record: %1</source>
        <translation>转到保留记录的关联：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="68" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="75" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="78" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="88" />
        <source>The other record is retired and points to the kept one; everything linked to it moves. The merge can be undone while neither record has changed.</source>
        <translation>另一条记录将被注销并指向保留的记录，与它关联的一切都转到保留的记录。只要两条记录都没有再改动，合并可以撤销。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="106" />
        <source>kept</source>
        <translation>保留的</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/merge_dialogs.py" line="106" />
        <source>other</source>
        <translation>另一条</translation>
    </message>
</context>
<context>
    <name>MoveMemberDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="134" />
        <source>Move %1 to another household</source>
        <translation>将 %1 迁入他户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="137" />
        <source>Household number, e.g. 1100023</source>
        <translation>户号，如 1100023</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="139" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="143" />
        <source>To household</source>
        <translation>迁入户号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="144" />
        <source>Relation to its head</source>
        <translation>与该户户主关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/member_dialogs.py" line="156" />
        <source>Not moved.</source>
        <translation>未迁入另一户。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="38" />
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="49" />
        <source>Temporary; changed at first login</source>
        <translation>临时密码，首次登录时须修改</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="51" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="52" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="53" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="54" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/new_password_dialog.py" line="24" />
        <source>Choose your own password</source>
        <translation>设置自己的密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/new_password_dialog.py" line="29" />
        <source>You logged in with a temporary password. Choose your own password now: at least 8 characters, letters and digits.</source>
        <translation>你是用临时密码登录的。请现在设置自己的密码：至少8位，包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/new_password_dialog.py" line="39" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/new_password_dialog.py" line="40" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/new_password_dialog.py" line="56" />
        <source>The two passwords differ; please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="47" />
        <source>New officer</source>
        <translation>新增警员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="47" />
        <source>Officer details</source>
        <translation>警员信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="57" />
        <source>4 to 10 digits or letters</source>
        <translation>4 到 10 位数字或字母</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="59" />
        <source>Serving at this post</source>
        <translation>在本所在岗</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="77" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="78" />
        <source>Rank</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="79" />
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="80" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="61" />
        <source>Only the administrator may change officers.</source>
        <translation>只有所长/管理员可以修改警员信息。</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="135" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="136" />
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="137" />
        <source>Rank</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="138" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="139" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="146" />
        <source>Filter by name or badge number</source>
        <translation>按姓名或警号筛选</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="147" />
        <source>Only the administrator may change officers.</source>
        <translation>只有所长/管理员可以修改警员信息。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="150" />
        <source>No officers yet. Add the post's officers and auxiliary officers: sessions, home visits and contact cards name the officer who took part.</source>
        <translation>还没有警员。请添加本所的民警和辅警：调解、走访、警民连心卡都要写明经办民警。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="153" />
        <source>Add an officer…</source>
        <translation>添加警员…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="158" />
        <source>Serving</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="158" />
        <source>Left</source>
        <translation>已离岗</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/officers_page.py" line="148" />
        <source>Select an officer first.</source>
        <translation>请先选择一位警员。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="34" />
        <source>Outcome: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="35" />
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="37" />
        <source>e.g. drove the child to the county hospital; the fever is down</source>
        <translation>如：送孩子到县医院，已退烧</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="41" />
        <source>五小</source>
        <translation>五小</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="41" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>OutreachArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="23" />
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="25" />
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="102" />
        <source>Log an outreach event…</source>
        <translation>登记宣传活动…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="29" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="30" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="31" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="32" />
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="33" />
        <source>Officers</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="34" />
        <source>People reached</source>
        <translation>宣传人数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="35" />
        <source>Installed the app</source>
        <translation>安装App人数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="84" />
        <source>Anti-fraud app: %1 of %2 households (%3%)</source>
        <translation>反诈App：%2户中有%1户（%3%）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="92" />
        <source>%1 events, %2 people reached, %3 installed the app</source>
        <translation>共%1次活动，宣传%2人，%3人安装App</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_area.py" line="101" />
        <source>No outreach events logged yet.</source>
        <translation>还没有登记反诈宣传活动。</translation>
    </message>
</context>
<context>
    <name>OutreachForm</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="63" />
        <source>Log an anti-fraud outreach event</source>
        <translation>登记反诈宣传活动</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="66" />
        <source>(not in one village)</source>
        <translation>（不在某一个村）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="72" />
        <source>e.g. the livestock market, the primary school</source>
        <translation>如：牲畜交易市场、中心小学</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="73" />
        <source>e.g. fake customer service refunds</source>
        <translation>如：冒充客服退款诈骗</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="81" />
        <source>about how many</source>
        <translation>大约多少人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="82" />
        <source>how many installed the app</source>
        <translation>多少人安装了App</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="86" />
        <source>Known by name and installed it there: find them, then Enter</source>
        <translation>知道姓名的安装人：查找后按回车</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="91" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="110" />
        <source>Date</source>
        <translation>宣传日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="114" />
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="115" />
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="116" />
        <source>Officers</source>
        <translation>参加民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="119" />
        <source>Installed the app</source>
        <translation>安装App</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="121" />
        <source>People reached</source>
        <translation>宣传人数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="128" />
        <source>By name</source>
        <translation>安装人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/outreach/outreach_form.py" line="129" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="46" />
        <source>Record overview</source>
        <extracomment>Where a next step's button leads: "settings/station", "settings/officers", "settings/villages", "register" or "calls/new" (the quick-entry call form).</extracomment>
        <translation>台账概览</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="49" />
        <source>Log a service call (Ctrl+Shift+N)</source>
        <translation>登记来电求助（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="81" />
        <source>Villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="82" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="83" />
        <source>Residents</source>
        <translation>在册人口</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="84" />
        <source>People without a household</source>
        <translation>非本地户籍人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="85" />
        <source>Officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="86" />
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="87" />
        <source>Disputes still open</source>
        <translation>未结纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="88" />
        <source>Disputes past their time limit</source>
        <translation>超过办理期限的纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="89" />
        <source>Follow-up visits due</source>
        <translation>到期待回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="90" />
        <source>Mediation agreements</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="91" />
        <source>Home visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="92" />
        <source>Service calls</source>
        <translation>服务求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="93" />
        <source>ID cards expired or due for renewal</source>
        <translation>身份证已过期或可换领</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="111" />
        <source>Station not set up yet</source>
        <translation>尚未设置派出所信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="125" />
        <source>The station's name, address and phones are not filled in yet: every printed form carries them.</source>
        <translation>还没有填写派出所的名称、地址和电话，打印的文书都要用到。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="128" />
        <source>Open Settings → Station</source>
        <translation>打开 设置 → 派出所</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="136" />
        <source>No villages yet. First add the villages this post covers under Settings → Villages.</source>
        <translation>还没有行政村。请先在 设置 → 行政村 中添加本所管辖的村。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="139" />
        <source>Open Settings → Villages</source>
        <translation>打开 设置 → 行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="147" />
        <source>No officers yet. Add the post's officers and auxiliary officers under Settings → Officers.</source>
        <translation>还没有警员。请在 设置 → 警员 中添加本所的民警和辅警。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="150" />
        <source>Open Settings → Officers</source>
        <translation>打开 设置 → 警员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="158" />
        <source>No households registered yet. Add them in the register, or import a village's roster.</source>
        <translation>还没有登记户。请在 登记 中新增户，或导入村里的花名册。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="161" />
        <source>Open the register</source>
        <translation>打开 登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="178" />
        <source>To get started</source>
        <translation>开始使用前</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/participants_table.py" line="36" />
        <source>Role</source>
        <extracomment>Item data on the name cell: ("officer" | "person", id) for someone from our records.</extracomment>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/participants_table.py" line="36" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/participants_table.py" line="36" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/participants_table.py" line="45" />
        <source>Add officer</source>
        <translation>添加民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/participants_table.py" line="47" />
        <source>Add someone else</source>
        <translation>添加其他人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/participants_table.py" line="50" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="47" />
        <source>Find a party: name, pinyin or ID number, then Enter</source>
        <translation>查找当事人：姓名、拼音或身份证号，回车添加</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="50" />
        <source>New outsider…</source>
        <translation>新增外来人员…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="53" />
        <source>Someone not in the register, e.g. a trader from another county</source>
        <translation>不在本辖区户籍中的人，如外地客商</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="56" />
        <source>Remove party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="61" />
        <source>Side</source>
        <translation>方别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="62" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="63" />
        <source>What they ask for</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="64" />
        <source>Guardian (minor)</source>
        <translation>监护人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="65" />
        <source>Relation</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="69" />
        <source>A party under 18 signs with a guardian: the guardian's name and relation</source>
        <translation>未满十八周岁的当事人由监护人一同签名：请填写监护人姓名及其与当事人的关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="81" />
        <source>Double-click a cell under “What they ask for” to type; for a party under 18, also the guardian and their relation.</source>
        <translation>双击“请求事项”下的格子即可填写；未满十八周岁的当事人，还要填写监护人及其关系。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="115" />
        <source>Not added. Choose another person, or search again.</source>
        <translation>未添加。请另选一人，或重新查找。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/party_picker.py" line="153" />
        <source>New person (not in a household)</source>
        <translation>新增人员（无本地户籍）</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="94" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="95" />
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="181" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="96" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="98" />
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="154" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="100" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="144" />
        <source>%1 page(s)</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="147" />
        <source>This document cannot be shown or printed.</source>
        <translation>这份文书无法显示或打印。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="154" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="167" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="170" />
        <source> Choose another folder, or close the file if it is open in another program, and try again.</source>
        <translation>请换一个文件夹，或关闭正在使用这个文件的程序，然后再试。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="175" />
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="207" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="209" />
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>无法启动打印机。请检查打印机是否开机并已连接，然后再试。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/preview_dialog.py" line="214" />
        <source>%1 page(s) sent to the printer.</source>
        <translation>已发送 %1 页到打印机。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="34" />
        <source>Name</source>
        <extracomment>Right after the name: in the narrow list pane the card's date must show without scrolling.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="34" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="34" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="35" />
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="35" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="34" />
        <source>ID card valid until</source>
        <translation>身份证有效期至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="35" />
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="36" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="36" />
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="36" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/people_model.py" line="83" />
        <source>long-term</source>
        <translation>长期</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="32" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="33" />
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="34" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="38" />
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="41" />
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="44" />
        <source>1st quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="44" />
        <source>2nd quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="45" />
        <source>3rd quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/period_chooser.py" line="45" />
        <source>4th quarter</source>
        <translation>第四季度</translation>
    </message>
</context>
<context>
    <name>PersonCheck</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_check.py" line="56" />
        <source>No longer in the register</source>
        <translation>此人已不在册</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="85" />
        <source>18 digits; fills birth date and sex</source>
        <extracomment>The fields of the left column; 民族 (a list, not typed) follows the birth date there.</extracomment>
        <translation>18位，自动填出生日期和性别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="87" />
        <source>e.g. 20261128</source>
        <translation>如 20261128</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="88" />
        <source>男 or 女</source>
        <translation>男或女</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="91" />
        <source>(not filled in)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="96" />
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="257" />
        <source>(not in a household)</source>
        <translation>（非本地户籍）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="99" />
        <source>Needs home service (cannot come to the station)</source>
        <translation>需上门服务（行动不便，不能到所办理）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="100" />
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="101" />
        <source>Shows the full ID number and phone; recorded.</source>
        <translation>显示完整的身份证号码和电话，本次查看会被记录。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="129" />
        <source>Basic details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="131" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="167" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="167" />
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="167" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="168" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="180" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="169" />
        <source>ID card issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="110" />
        <source>Undo moved away / deceased…</source>
        <translation>撤销迁出/死亡登记…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="111" />
        <source>Retire this record…</source>
        <translation>注销这条人员记录…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="133" />
        <source>Service calls</source>
        <translation>求助记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="136" />
        <source>Date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="137" />
        <source>Purpose</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="138" />
        <source>Done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="139" />
        <source>Officers</source>
        <translation>走访民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="142" />
        <source>Home visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="169" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="170" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="170" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="171" />
        <source>Address (if not the household's)</source>
        <translation>住址（与户籍地址不同时）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="172" />
        <source>Comes from (outsiders)</source>
        <translation>来自（外来人员）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="173" />
        <source>Reason for home service</source>
        <translation>上门服务原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="173" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="181" />
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="201" />
        <source>Save or undo your changes here first.</source>
        <translation>请先保存或撤回这里的修改。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="213" />
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="220" />
        <source>Person: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="230" />
        <source>Registered as %1: %2</source>
        <translation>已登记%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="241" />
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="257" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="274" />
        <source>The card expired on %1: remind the holder to renew it.</source>
        <translation>身份证已于%1过期，请提醒本人换领。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="276" />
        <source>The card expires on %1, in %2 days: it can be renewed now.</source>
        <translation>身份证将于%1到期（还有%2天），现在即可换领。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="345" />
        <source>Born %1, %2.</source>
        <translation>出生日期 %1，%2性。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="242" />
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="348" />
        <source>The card is valid long-term.</source>
        <translation>身份证长期有效。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_dialog.py" line="371" />
        <source>Already registered</source>
        <translation>已经登记过</translation>
    </message>
</context>
<context>
    <name>PersonLine</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/person_check.py" line="29" />
        <source>born %1</source>
        <extracomment>Grey for someone no longer here: still readable (contrast 5.7:1 on white), plainly not black.</extracomment>
        <translation>%1年生</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="36" />
        <source>Add a photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="38" />
        <source>Take off</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="62" />
        <source>Save the draft first, then add photos.</source>
        <translation>请先保存草稿，再添加照片。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="71" />
        <source>%1 (damaged: the file changed)</source>
        <translation>%1（已损坏：文件已被改动）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="80" />
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="80" />
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="86" />
        <source>Caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/photo_list.py" line="86" />
        <source>What the photo shows:</source>
        <translation>照片拍的是什么：</translation>
    </message>
</context>
<context>
    <name>QueueDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="34" />
        <source>Name</source>
        <translation>姓名/当事人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="35" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="36" />
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="37" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="38" />
        <source>Since</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="39" />
        <source>Why</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="45" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="47" />
        <source>Print the visit list…</source>
        <translation>打印走访清单…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="51" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="73" />
        <source>The first %1 of %2</source>
        <translation>显示前%1条，共%2条</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="76" />
        <source>%1 in all</source>
        <translation>共%1条</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="78" />
        <source>Nothing due today.</source>
        <translation>今天没有待办。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queue_dialog.py" line="98" />
        <source>Phones are masked: your account may not print full numbers.</source>
        <translation>电话号码已隐去部分数字：您的账号不能打印完整号码。</translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queues_panel.py" line="22" />
        <source>Today's work</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queues_panel.py" line="47" />
        <source>%1 ▸</source>
        <translation>%1件 ▸</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/queues/queues_panel.py" line="47" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>QuickStart</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/shell/quick_start.py" line="113" />
        <source>Opening the database, one moment…</source>
        <extracomment>What the window needs right after the login, imported while the officer types. What ``authenticate`` needs, imported with the opening (before a login can be tried).</extracomment>
        <translation>正在打开数据库，请稍候……</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="36" />
        <source>Record</source>
        <extracomment>The pages the main window's ``open_record`` opens; any other asks for its area.</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="37" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="38" />
        <source>Name</source>
        <translation>姓名（名称）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="39" />
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="40" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="41" />
        <source>Details</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="48" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="50" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="73" />
        <source>%1 records</source>
        <translation>共%1条</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/records_dialog.py" line="76" />
        <source>No records behind this number.</source>
        <translation>这个数字没有对应的记录。</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="202" />
        <source>Refer the case</source>
        <translation>移交案件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="205" />
        <source>Referred to</source>
        <translation>移交给</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="208" />
        <source>Received by</source>
        <translation>接收单位/人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="208" />
        <source>office and person</source>
        <translation>单位及经办人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="210" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="212" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RegisterArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="76" />
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="77" />
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="306" />
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="78" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="80" />
        <source>Villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="83" />
        <source>Household</source>
        <translation>户号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="84" />
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="85" />
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="86" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="87" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="108" />
        <source>New household</source>
        <translation>新增一户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="100" />
        <source>All residents</source>
        <translation>全部在册人口</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="101" />
        <source>ID card expired or due for renewal</source>
        <translation>身份证已过期或可换领</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="102" />
        <source>Needs home service</source>
        <translation>需上门服务</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="103" />
        <source>Aged 70 and over</source>
        <translation>70岁以上老人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="104" />
        <source>Moved away or deceased</source>
        <translation>迁出或死亡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="105" />
        <source>Without a household (outsiders)</source>
        <translation>非本地户籍人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="109" />
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="277" />
        <source>New person without a household…</source>
        <translation>新增外来人员…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="143" />
        <source>Household list</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="144" />
        <source>People list</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="219" />
        <source>%1 (%2)</source>
        <translation>%1（%2户）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="268" />
        <source>%1 people</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="274" />
        <source>No outsiders registered. A trader or a party from elsewhere is added with “New person without a household…”.</source>
        <translation>还没有登记外来人员。外地客商、外来当事人等，用“新增外来人员…”添加。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="281" />
        <source>Nobody on this list.</source>
        <translation>这个名单上没有人。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="288" />
        <source>No residents registered here yet. Add a household and its members, or import the village's roster.</source>
        <translation>这里还没有登记的人口。请新增一户并添加成员，或导入村里的花名册。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="296" />
        <source>No villages yet. First add the villages this post covers under Settings → Villages.</source>
        <translation>还没有行政村。请先在 设置 → 行政村 中添加本所管辖的村。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="299" />
        <source>Open Settings → Villages</source>
        <translation>打开 设置 → 行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="308" />
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="337" />
        <source>New household…</source>
        <translation>新增一户…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="326" />
        <source>%1 households</source>
        <translation>共 %1 户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="334" />
        <source>Choose a village or group on the left to list its households, or add a household.</source>
        <translation>请在左侧选择一个村或社，这里会列出那里的户；也可以直接新增一户。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/area.py" line="341" />
        <source>%1: no households registered yet. Add one, or import the roster.</source>
        <translation>%1还没有登记的户。请新增一户，或导入花名册。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="83" />
        <source>Select a member first.</source>
        <translation>请先选择一位成员。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="154" />
        <source>Move to another household</source>
        <translation>迁至他户</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="155" />
        <source>%1 is the head of this household and cannot be moved out directly. Choose a new head first (Change head), then move %1.</source>
        <translation>%1是这一户的户主，不能直接迁至他户。请先用“更换户主”另选户主，再为%1办理迁至他户。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="181" />
        <source>The person is in the register again.</source>
        <translation>已撤销登记，此人重新在册。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="196" />
        <source>The record was retired.</source>
        <translation>这条人员记录已注销。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="227" />
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="237" />
        <source>Export the register</source>
        <translation>导出户籍人口</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="229" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="238" />
        <source>Export full ID numbers and phones? (No: they are masked.) Either way the export is recorded.</source>
        <translation>是否导出完整的身份证号码和电话？（选“否”则部分隐藏。）导出操作都会被记录。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="259" />
        <source>%1 people exported to %2</source>
        <translation>已导出 %1 人到 %2</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="270" />
        <source>Select a person in the results or the members first.</source>
        <translation>请先在搜索结果或家庭成员中选择一个人。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="282" />
        <source>Full numbers (this view is recorded)</source>
        <translation>完整号码（本次查看已记录）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/register_actions.py" line="285" />
        <source>ID number: %1
Phone: %2</source>
        <translation>公民身份号码：%1
联系电话：%2</translation>
    </message>
</context>
<context>
    <name>RenewalBox</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="99" />
        <source>Renewal: photo not taken yet</source>
        <translation>换证进度：还没有拍照</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="100" />
        <source>Renewal: photo taken %1, not sent yet</source>
        <translation>换证进度：%1已拍照，尚未送审</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="101" />
        <source>Renewal: sent to the county %1, card not back yet</source>
        <translation>换证进度：%1已送审，新证尚未领回</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="106" />
        <source>Photo taken…</source>
        <translation>登记已拍照…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="107" />
        <source>Application sent…</source>
        <translation>登记已送审…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="108" />
        <source>New card delivered…</source>
        <translation>登记新证已送达…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="120" />
        <source>ID photo taken</source>
        <translation>身份证拍照</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="120" />
        <source>Taken on</source>
        <translation>拍照日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="125" />
        <source>Application sent to the county</source>
        <translation>申请已送县局审核</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/renewal_box.py" line="125" />
        <source>Sent on</source>
        <translation>送审日期</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="323" />
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="329" />
        <source>Only for a case that is not settled after all: a party went back on the agreement, or it is not being kept. The case goes back to “%1” and its closing date is cleared; who reopened it and why is kept in its history.</source>
        <translation>仅用于结案后纠纷并未真正化解的情况：当事人反悔，或协议没有履行。重新打开后，案件回到“%1”状态，结案日期清除；谁重新打开、为什么，都记入案件历史。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="337" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="339" />
        <source>e.g. a party went back on the agreement; the money was not paid</source>
        <translation>例如：当事人反悔；赔偿款没有按期支付</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="346" />
        <source>The visits still planned were cancelled when the case was closed and are not brought back. To visit again, give the day here.</source>
        <translation>结案时尚未进行的回访计划已经取消，不会恢复。如需再次回访，请在这里填写日期。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="353" />
        <source>New visit on</source>
        <translation>新的回访日期</translation>
    </message>
</context>
<context>
    <name>RetireBoundaryDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="48" />
        <source>Retire the draft: %1</source>
        <translation>注销草稿：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/boundary_area.py" line="49" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RetireCallDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="117" />
        <source>Retire the call: %1</source>
        <translation>注销求助记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="121" />
        <source>Only for a call logged by mistake (twice, a wrong number). It leaves the lists but is kept, with who retired it and why.</source>
        <translation>仅用于误登记的求助（重复登记、打错电话）。注销后不再出现在列表中，但记录仍保留，并记下注销人和原因。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="127" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="128" />
        <source>e.g. logged twice</source>
        <translation>如：重复登记</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="290" />
        <source>Retire %1</source>
        <translation>注销 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="295" />
        <source>Only for a case registered by mistake. It leaves the list but is kept, with who retired it and why; its number is not used again.</source>
        <translation>只用于登记错误的纠纷。注销后不再出现在列表中，但记录仍然保留，并记下是谁、为什么注销；案件编号不会再被使用。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="301" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/step_dialogs.py" line="302" />
        <source>e.g. registered twice, same as case 12</source>
        <translation>如：重复登记，与第12号为同一纠纷</translation>
    </message>
</context>
<context>
    <name>RetirePersonDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="147" />
        <source>Retire a person's record</source>
        <translation>注销人员记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="148" />
        <source>Retire this record</source>
        <translation>注销这条记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="152" />
        <source>e.g. registered twice, same person as 周明 (1990)</source>
        <translation>如：重复登记，与周明（1990年生）是同一人</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="156" />
        <source>Only for a person added by mistake. Someone who moved away or died is recorded with “Moved away / deceased” instead.</source>
        <translation>仅用于误录的人员。迁出或死亡的人请用“迁出/死亡”登记。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="162" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="179" />
        <source>Nothing was changed.</source>
        <translation>没有做任何修改。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="50" />
        <source>Undo moved away / deceased</source>
        <extracomment>(title, what will be done, the step's button) → go on?</extracomment>
        <translation>撤销迁出/死亡登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="51" />
        <source>Undo the registration</source>
        <translation>撤销登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="55" />
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="64" />
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="56" />
        <source>It was registered by mistake</source>
        <translation>登记有误</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="58" />
        <source>e.g. 20261128</source>
        <translation>如 20261128</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="60" />
        <source>e.g. registered by mistake; back from work away</source>
        <translation>如：登记错了；务工结束返乡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="62" />
        <source>Household number, e.g. 1100023</source>
        <translation>户号，如 1100023</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="68" />
        <source>What happened</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="69" />
        <source>Moved back on</source>
        <translation>迁回日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="70" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="71" />
        <source>Back to household</source>
        <translation>回到户号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="72" />
        <source>Relation to its head</source>
        <translation>与该户户主关系</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="97" />
        <source>Undo moved away / deceased: %1</source>
        <translation>撤销迁出/死亡登记：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="98" />
        <source>Registered: %1.</source>
        <translation>原登记：%1。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="100" />
        <source>Has moved back</source>
        <translation>已迁回</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/correction_dialogs.py" line="133" />
        <source>Nothing was changed.</source>
        <translation>没有做任何修改。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/search_box.py" line="38" />
        <source>Search: name, pinyin (zxm), ID number, phone, household number, address — Ctrl+F</source>
        <translation>搜索：姓名、拼音（如 zxm）、身份证号、电话、户号、地址 — Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/search_box.py" line="103" />
        <source>Nobody found for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/search_box.py" line="132" />
        <source>Household %1  %2  head %3  %4 people</source>
        <translation>户号 %1  %2  户主 %3  %4人</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="42" />
        <source>Mediation record — %1</source>
        <translation>调解记录 — %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="45" />
        <source>e.g. station mediation room</source>
        <translation>如：派出所调解室</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="70" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="72" />
        <source>Held on</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="73" />
        <source>Who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="74" />
        <source>What each side said</source>
        <translation>当事人陈述</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="75" />
        <source>What was checked</source>
        <translation>调查核实情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/session_dialog.py" line="76" />
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
</context>
<context>
    <name>SettingsArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/settings_area.py" line="24" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/settings_area.py" line="25" />
        <source>Officers</source>
        <translation>警员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/settings_area.py" line="26" />
        <source>Villages</source>
        <translation>行政村</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="34" />
        <source>First start — Lijiabu Police Desk</source>
        <translation>首次使用 — 李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="39" />
        <source>Welcome. Enter the station's details and create the administrator account for the station chief. Other officers' accounts are added later.</source>
        <translation>欢迎使用。请填写派出所信息，并为所长创建管理员账号。其他民警、辅警的账号以后再添加。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="45" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="49" />
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="52" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="53" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="54" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="55" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="61" />
        <source>At least 8 characters, letters and digits</source>
        <translation>至少8位，包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="66" />
        <source>Save and start</source>
        <translation>保存并开始使用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="86" />
        <source>The two passwords differ; please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>SketchView</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/boundary/sketch_view.py" line="67" />
        <source>The sketch appears here as the measurements are typed.</source>
        <translation>输入丈量数据后，示意图会显示在这里。</translation>
    </message>
</context>
<context>
    <name>StationFields</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="15" />
        <source>Station name</source>
        <translation>派出所名称</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="16" />
        <source>County bureau</source>
        <translation>所属县公安局</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="17" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="18" />
        <source>24-hour duty phone</source>
        <translation>24小时值班电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="19" />
        <source>Station chief</source>
        <translation>所长</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="20" />
        <source>Station chief's phone</source>
        <translation>所长电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/station_fields.py" line="23" />
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
</context>
<context>
    <name>StationForm</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="58" />
        <source>Only the administrator may change the station settings.</source>
        <translation>只有所长/管理员可以修改派出所设置。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="67" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="70" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="83" />
        <source>Basic details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="85" />
        <source>Seal text</source>
        <translation>印章文字</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="88" />
        <source>The words on the seal, as printed under the signature</source>
        <translation>印章上的文字，打印在落款处</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="90" />
        <source>Document numbers</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="93" />
        <source>The prefix goes into each document number; left empty, the default is used.</source>
        <translation>前缀用于文书编号；不填则使用默认前缀。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="101" />
        <source>People's mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="102" />
        <source>Police mediation</source>
        <translation>治安调解</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="103" />
        <source>Dispute cases</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="104" />
        <source>Boundary disputes</source>
        <translation>地界纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="147" />
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="187" />
        <source>Printed as %1</source>
        <translation>编号示例：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="187" />
        <source>Empty: printed as %1</source>
        <translation>未填写，按默认：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/station_form.py" line="220" />
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="130" />
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="174" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="180" />
        <source>%1, found (%2)</source>
        <translation>%1 · 排查（%2）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="184" />
        <source>Mediated (%1)</source>
        <translation>调处（%1）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="186" />
        <source>Calls reached (%1)</source>
        <translation>已到达现场的求助（%1）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="210" />
        <source>Preparing the report…</source>
        <translation>正在生成报表……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="218" />
        <source>No installed font has these characters; they print as boxes: %1</source>
        <translation>已安装的字体中没有这些字，打印出来会是方框：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="220" />
        <source>statistics_%1.pdf</source>
        <translation>统计表_%1.pdf</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="237" />
        <source>Export statistics</source>
        <translation>导出统计表</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="237" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="249" />
        <source>statistics_%1.xlsx</source>
        <translation>统计表_%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/area.py" line="257" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/figures.py" line="60" />
        <source>%1, %2</source>
        <extracomment>The dispute table's numbers, in its columns' order: what each column counts and what its records are (成功率 opens the cases mediated, 涉及金额 the settled cases that name an amount). The calls table's numbers: received, arrived, completed, open, and the medians' calls.</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/figures.py" line="62" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/figures.py" line="142" />
        <source>The five smalls</source>
        <translation>“五小”</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="46" />
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="49" />
        <source>Print report…</source>
        <translation>打印报表…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="51" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="53" />
        <source>The county's tables, as an .xlsx workbook</source>
        <translation>县局格式的统计表（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="54" />
        <source>Found</source>
        <translation>排查</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="54" />
        <source>Taken</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="54" />
        <source>Mediated</source>
        <translation>调处</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="55" />
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="55" />
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="56" />
        <source>Amount (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="58" />
        <source>Kind of dispute</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="62" />
        <source>Calls</source>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="62" />
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="62" />
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="63" />
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="63" />
        <source>Median minutes
to arrive</source>
        <translation>到达用时
中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="64" />
        <source>Median minutes
to complete</source>
        <translation>办结用时
中位数（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="65" />
        <source>Kind of call</source>
        <translation>求助类别</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="69" />
        <source>Disputes found per month, by kind</source>
        <translation>各月矛盾纠纷排查数（按类别）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="70" />
        <source>Mediation success rate per month</source>
        <translation>各月调处成功率</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="71" />
        <source>Service calls by kind</source>
        <translation>服务求助（按类别）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="72" />
        <source>Median minutes to arrive, per month</source>
        <translation>各月到达现场用时（中位数）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="79" />
        <source>Other dispute figures</source>
        <translation>其他纠纷情况</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="80" />
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="84" />
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="90" />
        <source>The five smalls</source>
        <translation>“五小”服务</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="91" />
        <source>Other service work</source>
        <translation>其他服务工作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="95" />
        <source>Service work</source>
        <translation>服务工作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="101" />
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/statistics/view.py" line="104" />
        <source>Village:</source>
        <translation>范围：</translation>
    </message>
</context>
<context>
    <name>TermsTable</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/terms_table.py" line="29" />
        <source>Term</source>
        <translation>条款内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/terms_table.py" line="29" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/terms_table.py" line="29" />
        <source>Due (e.g. 20261210)</source>
        <translation>履行日期（如 20261210）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/terms_table.py" line="39" />
        <source>Add term</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/terms_table.py" line="42" />
        <source>Remove term</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/disputes/terms_table.py" line="44" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
</context>
<context>
    <name>TimesDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="61" />
        <source>Correct the times: %1</source>
        <translation>更正时间：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="64" />
        <source>Received</source>
        <translation>求助时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="67" />
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="70" />
        <source>Done</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="73" />
        <source>Leave a time empty where there was none (e.g. Done pressed too early).</source>
        <translation>没有的时间请留空（如：办结按早了）。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="78" />
        <source>Why</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/calls/call_dialogs.py" line="79" />
        <source>e.g. the officer phoned in: arrived at 21:40</source>
        <translation>如：民警电话告知21:40已到达</translation>
    </message>
</context>
<context>
    <name>TypeSize</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/type_size.py" line="35" />
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/type_size.py" line="36" />
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/type_size.py" line="37" />
        <source>Extra large</source>
        <translation>特大</translation>
    </message>
</context>
<context>
    <name>VillageForm</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="44" />
        <source>New village</source>
        <translation>新增行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="44" />
        <source>Village details</source>
        <translation>行政村信息</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="53" />
        <source>(none: the station chief is on the cards)</source>
        <translation>（不设：卡上印所长）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="66" />
        <source>Groups registered</source>
        <translation>已登记的社</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="83" />
        <source>Village name</source>
        <translation>村名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="84" />
        <source>Village head</source>
        <translation>村主任</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="85" />
        <source>Head's phone</source>
        <translation>村主任电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="86" />
        <source>Security mediator</source>
        <translation>治安调解员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="87" />
        <source>Mediator's phone</source>
        <translation>调解员电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="88" />
        <source>Responsible officer</source>
        <translation>责任民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="89" />
        <source>Number of groups</source>
        <translation>社的数量</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="92" />
        <source>Groups 1 to this number are created; groups already registered are kept.</source>
        <translation>按数量建立一社、二社……；已登记的社保留不变。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="120" />
        <source>(an officer no longer serving)</source>
        <translation>（已不在本所的民警）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="67" />
        <source>Only the administrator may change villages.</source>
        <translation>只有所长/管理员可以修改行政村信息。</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="170" />
        <source>Village</source>
        <translation>村名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="171" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="172" />
        <source>Groups</source>
        <translation>社数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="173" />
        <source>Village head</source>
        <translation>村主任</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="174" />
        <source>Head's phone</source>
        <translation>村主任电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="175" />
        <source>Security mediator</source>
        <translation>治安调解员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="176" />
        <source>Mediator's phone</source>
        <translation>调解员电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="182" />
        <source>Filter by village, head or mediator</source>
        <translation>按村名、村主任或调解员筛选</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="183" />
        <source>Only the administrator may change villages.</source>
        <translation>只有所长/管理员可以修改行政村信息。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="184" />
        <source>Select a village first.</source>
        <translation>请先选择一个村。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="186" />
        <source>No villages yet. Add the villages this post covers, with their groups (社): households are registered in a village.</source>
        <translation>还没有行政村。请添加本所管辖的村及其社：户籍都登记在村下面。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/settings/villages_page.py" line="189" />
        <source>Add a village…</source>
        <translation>添加行政村…</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_actions.py" line="30" />
        <source>household %1</source>
        <translation>户 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_actions.py" line="49" />
        <source>Not done</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_actions.py" line="56" />
        <source>Register a dispute found on a home visit</source>
        <translation>登记入户走访中发现的纠纷</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="67" />
        <source>Home visit: %1</source>
        <translation>入户走访：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="72" />
        <source>in words, if the kind does not say it all</source>
        <translation>具体事由（类型说不清时填写）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="88" />
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="88" />
        <source>ID card until</source>
        <translation>身份证有效期至</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="88" />
        <source>App installed</source>
        <translation>装了反诈App</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="89" />
        <source>Photo for ID card</source>
        <translation>办证拍照</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="101" />
        <source>Contact card handed over</source>
        <translation>发放了警民连心卡</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="103" />
        <source>A dispute was found: register it after saving</source>
        <translation>发现矛盾纠纷：保存后登记</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="106" />
        <source>What was done and found</source>
        <translation>做了什么、发现了什么</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="122" />
        <source>Date</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="123" />
        <source>Kind</source>
        <translation>走访类型</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="124" />
        <source>Purpose</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="125" />
        <source>Officers</source>
        <translation>走访民警</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="126" />
        <source>Done for</source>
        <translation>为谁办了</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/register/visit_dialog.py" line="128" />
        <source>Notes</source>
        <translation>走访情况</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/zoom_bar.py" line="25" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/zoom_bar.py" line="26" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/zoom_bar.py" line="29" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/zoom_bar.py" line="33" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/printing/zoom_bar.py" line="38" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
</TS>