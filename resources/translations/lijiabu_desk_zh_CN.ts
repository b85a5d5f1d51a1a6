<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/app.py" line="26" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="28" />
        <source>Lijiabu Police Desk</source>
        <translation>李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="33" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="39" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="40" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="45" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="49" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="50" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="60" />
        <source>%1 — Lijiabu Police Desk</source>
        <translation>%1 — 李家堡警务台账</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="62" />
        <source>Counts refreshed</source>
        <translation>统计已刷新</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="66" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../src/lijiabu_desk/ui/main_window.py" line="68" />
        <source>Lijiabu Police Desk, version %1.
Register, mediation and service records for a village police post; works without a network.</source>
        <translation>李家堡警务台账，版本 %1。
派出所户籍登记、矛盾纠纷调解与便民服务台账，无需联网即可使用。</translation>
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
</TS>