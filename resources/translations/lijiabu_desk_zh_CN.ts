<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="97" />
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="101" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="102" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="103" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="104" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="106" />
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="115" />
        <source>New account…</source>
        <translation>新增账号…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="117" />
        <source>Disable / enable</source>
        <translation>停用/启用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="119" />
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="136" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="138" />
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="139" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="148" />
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="175" />
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="176" />
        <source>Temporary password for %1:</source>
        <translation>%1 的临时密码：</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="193" />
        <source>The password of %1 was reset; they must change it at next login.</source>
        <translation>已重设 %1 的密码，该账号下次登录时须修改密码。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="60" />
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="64" />
        <source>Restore this backup now?</source>
        <translation>现在用这个备份恢复吗？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="79" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="41" />
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="47" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="56" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="58" />
        <source>Check the chain</source>
        <translation>检查审计链</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="60" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="64" />
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="78" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="65" />
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="79" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="66" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="67" />
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="77" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="80" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="81" />
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="99" />
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="119" />
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="128" />
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="128" />
        <source>CSV (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/audit_viewer.py" line="142" />
        <source>%1 entries exported to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
</context>
<context>
    <name>DataSafetyActions</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="37" />
        <source>Back up to which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="42" />
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="42" />
        <source>Backups (*.sqlite3)</source>
        <translation>备份文件 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="59" />
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="132" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="73" />
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="78" />
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="79" />
        <source>The backup was written and checked:
%1</source>
        <translation>备份已写入并校验通过：
%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="84" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="94" />
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="101" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="104" />
        <source>Backup of %1: %2 households, %3 people.

Restoring replaces all current data with this backup. The current data is backed up first. Restore?</source>
        <translation>备份时间 %1：%2 户，%3 人。

恢复会用这个备份替换当前的全部数据，当前数据会先自动备份。确认恢复吗？</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="120" />
        <source>The backup was restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="123" />
        <source>Current password</source>
        <translation>原密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="126" />
        <source>New password (at least 8 characters, letters and digits)</source>
        <translation>新密码（至少8位，包含字母和数字）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="129" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="135" />
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的新密码不一致，密码没有修改。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/data_safety_actions.py" line="143" />
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="37" />
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="41" />
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="43" />
        <source>Enter the password of %1 to go on.</source>
        <translation>请输入 %1 的密码继续使用。</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="51" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/lock_dialog.py" line="54" />
        <source>Quit the program</source>
        <translation>退出程序</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="37" />
        <source>Log in — Lijiabu Police Desk</source>
        <translation>登录 — 李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="40" />
        <source>Lijiabu Police Desk</source>
        <translation>李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="51" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="52" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="57" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/login_dialog.py" line="73" />
        <source>Please enter your user name.</source>
        <translation>请填写用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="34" />
        <source>Lijiabu Police Desk</source>
        <translation>李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="56" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="51" />
        <source>User: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="69" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="71" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="75" />
        <source>&amp;Back up to a folder or USB stick…</source>
        <translation>备份到文件夹或U盘(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="77" />
        <source>Re&amp;store from a backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="82" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="84" />
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="86" />
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="89" />
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="92" />
        <source>&amp;Manage accounts…</source>
        <translation>管理账号(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="95" />
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="98" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="99" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="127" />
        <source>%1 — Lijiabu Police Desk</source>
        <translation>%1 — 李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="129" />
        <source>Counts refreshed</source>
        <translation>统计已刷新</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="133" />
        <source>No backup yet</source>
        <translation>尚未备份</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="136" />
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="140" />
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="159" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="146" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="148" />
        <source>Lijiabu Police Desk, version %1.
Register, mediation and service records for a village police post; works without a network.</source>
        <translation>李家堡警务台账，版本 %1。
派出所户籍登记、矛盾纠纷调解与便民服务台账，无需联网即可使用。</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="39" />
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="50" />
        <source>Temporary; changed at first login</source>
        <translation>临时密码，首次登录时须修改</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="52" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="53" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="54" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/accounts_dialog.py" line="55" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="21" />
        <source>Record overview</source>
        <translation>台账概览</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="41" />
        <source>Villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="42" />
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="43" />
        <source>Residents</source>
        <translation>在册人口</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="44" />
        <source>People without a household</source>
        <translation>非本地户籍人员</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="45" />
        <source>Officers</source>
        <translation>在岗警力</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="46" />
        <source>Disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="47" />
        <source>Disputes still open</source>
        <translation>未结纠纷</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="48" />
        <source>Mediation agreements</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="49" />
        <source>Home visits</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="50" />
        <source>Service calls</source>
        <translation>服务求助</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="51" />
        <source>ID cards expired or due for renewal</source>
        <translation>身份证已过期或可换领</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/overview_view.py" line="69" />
        <source>Station not set up yet</source>
        <translation>尚未设置派出所信息</translation>
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
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="48" />
        <source>Station name</source>
        <translation>派出所名称</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="49" />
        <source>County bureau</source>
        <translation>所属分局</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="50" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="51" />
        <source>24-hour duty phone</source>
        <translation>24小时值班电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="52" />
        <source>Station chief</source>
        <translation>所长</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="53" />
        <source>Station chief's phone</source>
        <translation>所长电话</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="54" />
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="57" />
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="60" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="61" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="62" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="63" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="69" />
        <source>At least 8 characters, letters and digits</source>
        <translation>至少8位，包含字母和数字</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="77" />
        <source>Save and start</source>
        <translation>保存并开始使用</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/setup_dialog.py" line="99" />
        <source>The two passwords differ; please type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
</TS>