<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>DisclosureRegisterTab</name>
    <message numerus="yes">
      <source>%n disclosure(s) recorded.</source>
      <translation>
        <numerusform>%n disclosure recorded.</numerusform>
        <numerusform>%n disclosures recorded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TransferActions</name>
    <message numerus="yes">
      <source>An interrupted transfer was finished: %n file(s) placed or removed.</source>
      <translation>
        <numerusform>An interrupted transfer was finished: %n file placed or removed.</numerusform>
        <numerusform>An interrupted transfer was finished: %n files placed or removed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message numerus="yes">
      <source>Try again in %n second(s).</source>
      <translation>
        <numerusform>Try again in %n second.</numerusform>
        <numerusform>Try again in %n seconds.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message numerus="yes">
      <source>More than %Ln case(s) shown; the open case is further down the list</source>
      <translation>
        <numerusform>More than %Ln case shown; the open case is further down the list</numerusform>
        <numerusform>More than %Ln cases shown; the open case is further down the list</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>More than %Ln case(s) shown</source>
      <translation>
        <numerusform>More than %Ln case shown</numerusform>
        <numerusform>More than %Ln cases shown</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln case(s) shown</source>
      <translation>
        <numerusform>%Ln case shown</numerusform>
        <numerusform>%Ln cases shown</numerusform>
      </translation>
    </message>
  </context>
</TS>