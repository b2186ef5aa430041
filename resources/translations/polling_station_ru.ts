<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>App</name>
    <message>
      <source>Open the station file</source>
      <translation>Открыть файл участка</translation>
    </message>
    <message>
      <source>Station files (*.db *.sqlite);;All files (*)</source>
      <translation>Файлы участка (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
      <source>The station file needs attention</source>
      <translation>Файл участка требует внимания</translation>
    </message>
    <message>
      <source>The station file {file} failed its start-up check:

{details}

The chair can restore it from the last checked backup (the damaged file is kept). Restore now?</source>
      <translation>Файл участка {file} не прошёл проверку при запуске:

{details}

Председатель может восстановить его из последней проверенной резервной копии (повреждённый файл сохраняется). Восстановить сейчас?</translation>
    </message>
    <message>
      <source>Choose the backup</source>
      <translation>Выберите резервную копию</translation>
    </message>
    <message>
      <source>Station backups (*.db);;All files (*)</source>
      <translation>Резервные копии участка (*.db);;Все файлы (*)</translation>
    </message>
    <message>
      <source>The chair's login:</source>
      <translation>Логин председателя:</translation>
    </message>
    <message>
      <source>The chair's PIN:</source>
      <translation>PIN-код председателя:</translation>
    </message>
    <message>
      <source>The station was restored from {backup}.</source>
      <translation>Участок восстановлен из резервной копии {backup}.</translation>
    </message>
    <message>
      <source>Polling Station</source>
      <translation>Избирательный участок</translation>
    </message>
  </context>
  <context>
    <name>BackfillController</name>
    <message>
      <source>Paper list</source>
      <translation>Бумажный список</translation>
    </message>
    <message>
      <source>Text files (*.txt *.csv);;All files (*)</source>
      <translation>Текстовые файлы (*.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Checked in, receipt {receipt}</source>
      <translation>Регистрация выполнена, квитанция {receipt}</translation>
    </message>
    <message>
      <source>Checked in: {done}. Refused: {refused}.</source>
      <translation>Зарегистрировано: {done}. Отказано: {refused}.</translation>
    </message>
    <message>
      <source>now</source>
      <translation>сейчас</translation>
    </message>
  </context>
  <context>
    <name>BackfillDialog</name>
    <message>
      <source>Backfill check-ins from the paper list</source>
      <translation>Перенос регистраций из бумажного списка</translation>
    </message>
    <message>
      <source>One line per member written on the paper list: the IIN, then the time it was written (HH:MM on the voting day). The check-ins keep their original times and are marked as backfilled.</source>
      <translation>По одной строке на каждого члена партии, записанного в бумажный список: ИИН, затем время записи (ЧЧ:ММ в день голосования). Регистрации сохраняют исходное время и отмечаются как перенесённые из бумажного списка.</translation>
    </message>
    <message>
      <source>Load a file…</source>
      <translation>Загрузить файл…</translation>
    </message>
    <message>
      <source>Check in these lines</source>
      <translation>Зарегистрировать эти строки</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ИИН</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>BranchDashboard</name>
    <message>
      <source>Branch office</source>
      <translation>Филиал</translation>
    </message>
    <message>
      <source>Precinct packages</source>
      <translation>Пакеты участков</translation>
    </message>
    <message>
      <source>Import a folder of packages…</source>
      <translation>Импортировать папку с пакетами…</translation>
    </message>
    <message>
      <source>Trusted certificates…</source>
      <translation>Доверенные сертификаты…</translation>
    </message>
    <message>
      <source>Settle a conflict…</source>
      <translation>Разрешить конфликт…</translation>
    </message>
    <message>
      <source>Packages of a precinct that cannot all stand (two different ones of the same version, for example): record which one the commission chose, and why.</source>
      <translation>Пакеты участка, которые не могут действовать одновременно (например, два разных пакета одной версии): запишите, какой выбрала комиссия и почему.</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Участок</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Superseded</source>
      <translation>Заменённые версии</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Refused files (every refusal stays listed, also after a good package came)</source>
      <translation>Отклонённые файлы (каждый отказ остаётся в списке, даже если позже поступил правильный пакет)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Refused at</source>
      <translation>Время отклонения</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Online ballots</source>
      <translation>Онлайн-бюллетени</translation>
    </message>
    <message>
      <source>Import online ballots…</source>
      <translation>Импортировать онлайн-бюллетени…</translation>
    </message>
    <message>
      <source>Why rows were rejected (the first such row)</source>
      <translation>Почему строки отклонены (первая такая строка)</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Строки</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>Явка</translation>
    </message>
    <message>
      <source>Write the reports…</source>
      <translation>Сформировать отчёты…</translation>
    </message>
    <message>
      <source>By region</source>
      <translation>По регионам</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>В списке</translation>
    </message>
    <message>
      <source>Voted</source>
      <translation>Проголосовало</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>На бумаге</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Онлайн</translation>
    </message>
    <message>
      <source>Turnout, %</source>
      <translation>Явка, %</translation>
    </message>
    <message>
      <source>By precinct</source>
      <translation>По участкам</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Ratings and draft list</source>
      <translation>Рейтинги и проект списка</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Голосование</translation>
    </message>
    <message>
      <source>Exclude a candidate…</source>
      <translation>Исключить кандидата…</translation>
    </message>
    <message>
      <source>Record the control committee's decision to exclude a candidate: the votes stay, the candidate takes no rank.</source>
      <translation>Записать решение контрольной комиссии об исключении кандидата: голоса сохраняются, но место в рейтинге кандидату не присваивается.</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Общий</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>Кандидат</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Голоса</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Among women</source>
      <translation>Среди женщин</translation>
    </message>
    <message>
      <source>Among youth</source>
      <translation>Среди молодёжи</translation>
    </message>
    <message>
      <source>Draft party list (quotas met)</source>
      <translation>Проект партийного списка (с соблюдением квот)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Why on the list</source>
      <translation>Основание включения в список</translation>
    </message>
  </context>
  <context>
    <name>BranchExcludeDialog</name>
    <message>
      <source>Exclude a candidate</source>
      <translation>Исключение кандидата</translation>
    </message>
    <message>
      <source>Record the party control committee's decision. An excluded candidate keeps the votes, which stay in the results with the reason, but takes no rank and is never on the draft list. The exclusion is written to the journal and cannot be taken back here.</source>
      <translation>Запишите решение контрольной комиссии партии. Исключённый кандидат сохраняет голоса — они остаются в результатах с указанием причины, — но не получает места в рейтинге и никогда не включается в проект списка. Исключение записывается в журнал, и отменить его здесь нельзя.</translation>
    </message>
    <message>
      <source>&amp;Race</source>
      <translation>&amp;Голосование</translation>
    </message>
    <message>
      <source>&amp;Candidate</source>
      <translation>&amp;Кандидат</translation>
    </message>
    <message>
      <source>Already excluded in this race</source>
      <translation>Уже исключены в этом голосовании</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>Кандидат</translation>
    </message>
    <message>
      <source>Recorded in</source>
      <translation>Где записано</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>The control committee's &amp;decision (required)</source>
      <translation>&amp;Решение контрольной комиссии (обязательно)</translation>
    </message>
    <message>
      <source>For example: decision No. 12 of the control committee of 4 October 2020.</source>
      <translation>Например: решение контрольной комиссии № 12 от 4 октября 2020 года.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Exclude the candidate</source>
      <translation>Исключить кандидата</translation>
    </message>
  </context>
  <context>
    <name>BranchJobs</name>
    <message>
      <source>the disk is full</source>
      <translation>диск заполнен</translation>
    </message>
    <message>
      <source>access is denied</source>
      <translation>доступ запрещён</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>диск доступен только для чтения</translation>
    </message>
    <message>
      <source>the file or folder does not exist</source>
      <translation>файл или папка не существует</translation>
    </message>
    <message>
      <source>a folder was chosen where a file is needed</source>
      <translation>выбрана папка, а нужен файл</translation>
    </message>
    <message>
      <source>the disk could not be read or written (a failing disk or a removed USB stick)</source>
      <translation>не удалось прочитать диск или записать на него (неисправный диск или извлечённый USB-накопитель)</translation>
    </message>
    <message>
      <source>another program is using the branch file</source>
      <translation>файл филиала занят другой программой</translation>
    </message>
    <message>
      <source>the branch file is read-only</source>
      <translation>файл филиала доступен только для чтения</translation>
    </message>
    <message>
      <source>the branch file cannot be opened</source>
      <translation>файл филиала не удаётся открыть</translation>
    </message>
    <message>
      <source>the branch file is damaged</source>
      <translation>файл филиала повреждён</translation>
    </message>
    <message>
      <source>a database error ({code})</source>
      <translation>ошибка базы данных ({code})</translation>
    </message>
    <message>
      <source>… and {count} more.</source>
      <translation>… и ещё {count}.</translation>
    </message>
    <message>
      <source>{file} could not be used: {reason}. The step that failed was not recorded; try again when it is fixed.</source>
      <translation>Не удалось использовать {file}: {reason}. Невыполненный шаг не записан; повторите попытку, когда причина будет устранена.</translation>
    </message>
    <message>
      <source>The branch file or a chosen file could not be used: {reason}. The step that failed was not recorded; try again when it is fixed.</source>
      <translation>Не удалось использовать файл филиала или выбранный файл: {reason}. Невыполненный шаг не записан; повторите попытку, когда причина будет устранена.</translation>
    </message>
    <message>
      <source>The work stopped because of a fault in the program ({kind}), not in your files. What was finished before it is kept. Please report it (the details were written to the program's error output).</source>
      <translation>Работа остановлена из-за сбоя в самой программе ({kind}), а не в ваших файлах. Всё, что было завершено до этого, сохранено. Сообщите о сбое (подробности записаны в поток ошибок программы).</translation>
    </message>
  </context>
  <context>
    <name>BranchNewDialog</name>
    <message>
      <source>New branch file</source>
      <translation>Новый файл филиала</translation>
    </message>
    <message>
      <source>&amp;Election definition (JSON)</source>
      <translation>&amp;Описание выборов (JSON)</translation>
    </message>
    <message>
      <source>election.json from the party's central office</source>
      <translation>election.json из центрального аппарата партии</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Member &amp;roll (CSV or XLSX)</source>
      <translation>&amp;Список членов партии (CSV или XLSX)</translation>
    </message>
    <message>
      <source>the national or regional roll: turnout denominators, online checks</source>
      <translation>общенациональный или региональный список: для расчёта явки и проверки онлайн-бюллетеней</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <source>Why the row was rejected</source>
      <translation>Почему строка отклонена</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Create the branch file</source>
      <translation>Создать файл филиала</translation>
    </message>
    <message>
      <source>Open the dashboard</source>
      <translation>Открыть панель филиала</translation>
    </message>
  </context>
  <context>
    <name>BranchResolveDialog</name>
    <message>
      <source>Settle a conflict between packages</source>
      <translation>Разрешение конфликта пакетов</translation>
    </message>
    <message>
      <source>The packages below cannot all stand (the last column says why), so none of them counts. Choose the one the commission decided on and write its reason: that package becomes the precinct's protocol and the others are set aside. The choice is written to the journal.</source>
      <translation>Пакеты ниже не могут действовать одновременно (причина — в последнем столбце), поэтому ни один из них не учитывается. Выберите пакет, который определила комиссия, и запишите причину: он станет протоколом участка, остальные будут отложены. Выбор записывается в журнал.</translation>
    </message>
    <message>
      <source>&amp;Precinct</source>
      <translation>&amp;Участок</translation>
    </message>
    <message>
      <source>The packages in conflict (choose one)</source>
      <translation>Конфликтующие пакеты (выберите один)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Подписал</translation>
    </message>
    <message>
      <source>Imported at</source>
      <translation>Время импорта</translation>
    </message>
    <message>
      <source>SHA-256 (start)</source>
      <translation>SHA-256 (начало)</translation>
    </message>
    <message>
      <source>Why it is in conflict</source>
      <translation>Причина конфликта</translation>
    </message>
    <message>
      <source>The commission's &amp;reason (required)</source>
      <translation>&amp;Причина, указанная комиссией (обязательно)</translation>
    </message>
    <message>
      <source>For example: decision No. 3 of the commission: the copy delivered by the chair in person is the valid one.</source>
      <translation>Например: решение комиссии № 3: действительным признан экземпляр, доставленный председателем лично.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Keep the chosen package</source>
      <translation>Оставить выбранный пакет</translation>
    </message>
  </context>
  <context>
    <name>BranchTrustDialog</name>
    <message>
      <source>Trusted certificates</source>
      <translation>Доверенные сертификаты</translation>
    </message>
    <message>
      <source>A package is accepted only when its chair's signature leads to a certificate trusted here. Trust the certification authority (CA) that issued the chairs' keys for every precinct, or one chair's own certificate for the precincts that chair signs for. Each addition is written to the journal.</source>
      <translation>Пакет принимается, только если подпись председателя ведёт к сертификату, которому здесь доверяют. Добавьте в доверенные удостоверяющий центр (УЦ), выдавший ключи председателям, — для всех участков, или собственный сертификат председателя — для участков, протоколы которых он подписывает. Каждое добавление записывается в журнал.</translation>
    </message>
    <message>
      <source>&amp;Certificate (PEM or DER)</source>
      <translation>&amp;Сертификат (PEM или DER)</translation>
    </message>
    <message>
      <source>ca.pem of the branch, or a chair's certificate</source>
      <translation>ca.pem филиала или сертификат председателя</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>For &amp;every precinct</source>
      <translation>Для &amp;всех участков</translation>
    </message>
    <message>
      <source>Only for the &amp;precincts ticked here:</source>
      <translation>Только для &amp;отмеченных здесь участков:</translation>
    </message>
    <message>
      <source>Trust the certificate</source>
      <translation>Добавить сертификат в доверенные</translation>
    </message>
    <message>
      <source>Trusted now</source>
      <translation>Доверенные сейчас</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Сертификат</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Trusted for</source>
      <translation>Для каких участков</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Действителен до</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
  </context>
  <context>
    <name>BranchWindow</name>
    <message>
      <source>Acting: {user}</source>
      <translation>Оператор: {user}</translation>
    </message>
    <message>
      <source>Polling Station: branch office — {election}</source>
      <translation>Избирательный участок: филиал — {election}</translation>
    </message>
    <message>
      <source>Wait until the current work finishes.</source>
      <translation>Дождитесь окончания текущей операции.</translation>
    </message>
    <message>
      <source>The folder with the precincts' packages</source>
      <translation>Папка с пакетами участков</translation>
    </message>
    <message>
      <source>{count} package(s) in {folder}</source>
      <translation>Пакетов в папке {folder}: {count}</translation>
    </message>
    <message>
      <source>There is no package (a .zip file) in {folder}.</source>
      <translation>В папке {folder} нет ни одного пакета (файла .zip).</translation>
    </message>
    <message>
      <source>Imported {imported}, already there {duplicate}, superseded {superseded}, in conflict {conflict}, rejected {rejected}.</source>
      <translation>Импортировано: {imported}, уже были: {duplicate}, заменено: {superseded}, в конфликте: {conflict}, отклонено: {rejected}.</translation>
    </message>
    <message>
      <source>{count} package(s) were refused: the reasons are in the list of refused files below.</source>
      <translation>Отклонено пакетов: {count}; причины — в списке отклонённых файлов ниже.</translation>
    </message>
    <message>
      <source>A precinct has packages that cannot all stand: settle the conflict (the commission chooses one).</source>
      <translation>У участка есть пакеты, которые не могут действовать одновременно: разрешите конфликт (комиссия выбирает один).</translation>
    </message>
    <message>
      <source>Every package of the folder was verified.</source>
      <translation>Все пакеты из папки проверены.</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>импортирован</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>нет пакета</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>отклонён</translation>
    </message>
    <message>
      <source>conflict</source>
      <translation>конфликт</translation>
    </message>
    <message>
      <source>Different packages of version {version}: {files}</source>
      <translation>Разные пакеты версии {version}: {files}</translation>
    </message>
    <message>
      <source>Signed by {signer}</source>
      <translation>Подписал: {signer}</translation>
    </message>
    <message>
      <source>correction: {reason}</source>
      <translation>исправление: {reason}</translation>
    </message>
    <message>
      <source>Set aside by the commission's choice: {files}</source>
      <translation>Отложены по выбору комиссии: {files}</translation>
    </message>
    <message>
      <source>«{precinct}»: not a precinct of this election</source>
      <translation>«{precinct}»: такого участка нет в этих выборах</translation>
    </message>
    <message>
      <source>unknown (not readable)</source>
      <translation>неизвестно (не читается)</translation>
    </message>
    <message>
      <source>No certificate is trusted yet: every package would be refused. Trust the branch's CA first.</source>
      <translation>Доверенных сертификатов пока нет: все пакеты будут отклонены. Сначала добавьте в доверенные удостоверяющий центр филиала.</translation>
    </message>
    <message>
      <source>Trusted: {cas} CA(s), {certificates} chair's certificate(s).</source>
      <translation>Доверенные: удостоверяющих центров — {cas}, сертификатов председателей — {certificates}.</translation>
    </message>
    <message>
      <source>The online ballots</source>
      <translation>Онлайн-бюллетени</translation>
    </message>
    <message>
      <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>Файлы CSV или Excel (*.csv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {added} ballots added, {unchanged} already imported, {rejected} rejected.</source>
      <translation>{file}: строк: {rows}; добавлено бюллетеней: {added}, уже импортировано: {unchanged}, отклонено: {rejected}.</translation>
    </message>
    <message>
      <source>Rejected rows, with line numbers and reasons: {path}</source>
      <translation>Отклонённые строки с номерами и причинами: {path}</translation>
    </message>
    <message>
      <source>e.g. line {line}: {message}</source>
      <translation>например, строка {line}: {message}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <source>Online ballots: {ballots}, counted {counted}; members who voted both ways: {conflicts}.</source>
      <translation>Онлайн-бюллетеней: {ballots}, учтено: {counted}; членов партии, проголосовавших обоими способами: {conflicts}.</translation>
    </message>
    <message>
      <source>{region}: {seats} seats; up to {max_choices} marks per ballot</source>
      <translation>{region}: мест — {seats}; отметок в бюллетене — не более {max_choices}</translation>
    </message>
    <message>
      <source>{seats} seats; up to {max_choices} marks per ballot</source>
      <translation>Мест: {seats}; отметок в бюллетене: не более {max_choices}</translation>
    </message>
    <message>
      <source>excluded</source>
      <translation>исключён</translation>
    </message>
    <message>
      <source>tie</source>
      <translation>равенство голосов</translation>
    </message>
    <message>
      <source>by rating</source>
      <translation>по рейтингу</translation>
    </message>
    <message>
      <source>women's quota</source>
      <translation>квота для женщин</translation>
    </message>
    <message>
      <source>youth quota</source>
      <translation>молодёжная квота</translation>
    </message>
    <message>
      <source>women's and youth quotas</source>
      <translation>квота для женщин и молодёжная квота</translation>
    </message>
    <message>
      <source>tie at the cut</source>
      <translation>равенство голосов на границе прохода</translation>
    </message>
    <message>
      <source>Where to write the reports</source>
      <translation>Куда записать отчёты</translation>
    </message>
    <message>
      <source>{count} report files written to {folder}.</source>
      <translation>Файлов отчётов записано в папку {folder}: {count}.</translation>
    </message>
    <message>
      <source>Ranked</source>
      <translation>В рейтинге</translation>
    </message>
    <message>
      <source>Excluded (not ranked)</source>
      <translation>Исключённые (вне рейтинга)</translation>
    </message>
  </context>
  <context>
    <name>CheckInController</name>
    <message>
      <source>Refused</source>
      <translation>Отказано</translation>
    </message>
    <message>
      <source>Check warning</source>
      <translation>Есть предупреждение</translation>
    </message>
    <message>
      <source>May vote</source>
      <translation>Может голосовать</translation>
    </message>
    <message>
      <source>{name}
{iin} · born {birth} · precinct {precinct} · {verdict}</source>
      <translation>{name}
{iin} · дата рождения {birth} · участок {precinct} · {verdict}</translation>
    </message>
    <message>
      <source>Ready for the next member</source>
      <translation>Можно принимать следующего члена партии</translation>
    </message>
    <message>
      <source>Scan the barcode of the ID card, or type a name.</source>
      <translation>Отсканируйте штрихкод удостоверения личности или введите фамилию и имя.</translation>
    </message>
    <message>
      <source>Do not issue a ballot</source>
      <translation>Бюллетень не выдавать</translation>
    </message>
    <message>
      <source>Nobody on the roll matches «{query}». Check the spelling, or scan the ID card.</source>
      <translation>В списке никто не соответствует запросу «{query}». Проверьте написание или отсканируйте удостоверение личности.</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Не найдено</translation>
    </message>
    <message>
      <source>{id} (this precinct)</source>
      <translation>{id} (этот участок)</translation>
    </message>
    <message>
      <source>{id}: {name}, {address}</source>
      <translation>{id}: {name}, {address}</translation>
    </message>
    <message>
      <source>{status}, joined {joined}</source>
      <translation>{status}, в партии с {joined}</translation>
    </message>
    <message>
      <source>May vote, but read this first</source>
      <translation>Может голосовать, но сначала прочтите это</translation>
    </message>
    <message>
      <source>On this precinct's roll, membership active, no ballot issued yet.</source>
      <translation>В списке этого участка, членство действует, бюллетень ещё не выдавался.</translation>
    </message>
    <message>
      <source>Press Enter to issue the ballot; scan another card to skip.</source>
      <translation>Нажмите Enter, чтобы выдать бюллетень; чтобы пропустить, отсканируйте другое удостоверение.</translation>
    </message>
    <message>
      <source>Already voted online</source>
      <translation>Уже проголосовал(а) онлайн</translation>
    </message>
    <message>
      <source>Issue a paper ballot to {name} anyway?</source>
      <translation>Всё же выдать бумажный бюллетень члену партии {name}?</translation>
    </message>
    <message>
      <source>Issue the paper ballot</source>
      <translation>Выдать бумажный бюллетень</translation>
    </message>
    <message>
      <source>Do not issue</source>
      <translation>Не выдавать</translation>
    </message>
    <message>
      <source>IIN {iin} · at {time} · desk {desk}</source>
      <translation>ИИН {iin} · в {time} · стол {desk}</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <source>&amp;Scan the ID card, or type the IIN or a name (Kazakh, Russian or Latin letters):</source>
      <translation>&amp;Отсканируйте удостоверение личности или введите ИИН либо фамилию и имя (казахскими, русскими или латинскими буквами):</translation>
    </message>
    <message>
      <source>IIN (12 digits) or surname and name</source>
      <translation>ИИН (12 цифр) или фамилия и имя</translation>
    </message>
    <message>
      <source>&amp;Members found</source>
      <translation>&amp;Найденные члены партии</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ИИН</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Участок</translation>
    </message>
    <message>
      <source>Membership</source>
      <translation>Членство</translation>
    </message>
    <message>
      <source>Issue ballot</source>
      <translation>Выдать бюллетень</translation>
    </message>
    <message>
      <source>Press Enter to issue the ballot to this member.</source>
      <translation>Нажмите Enter, чтобы выдать бюллетень этому члену партии.</translation>
    </message>
    <message>
      <source>Ballot issued</source>
      <translation>Бюллетень выдан</translation>
    </message>
    <message>
      <source>Receipt number</source>
      <translation>Номер квитанции</translation>
    </message>
    <message>
      <source>Ready for the next member: scan the ID card.</source>
      <translation>Можно принимать следующего члена партии: отсканируйте удостоверение личности.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistDialog</name>
    <message>
      <source>Answer every item as it stands now; a “no” needs a note. The station opens only when every mandatory item is yes, or when the chair records an exception.</source>
      <translation>Ответьте на каждый пункт по текущему положению дел; ответ «нет» требует примечания. Участок открывается, только когда на все обязательные пункты дан ответ «да» или председатель записал отступление.</translation>
    </message>
    <message>
      <source>Answer for what was just done; a “no” needs a note. An item answered “no” stays due, and the alarm stays on until it is done and checked again.</source>
      <translation>Отвечайте о том, что только что сделано; ответ «нет» требует примечания. Пункт с ответом «нет» остаётся невыполненным, и напоминание не снимается, пока его не выполнят и не проверят снова.</translation>
    </message>
    <message>
      <source>Answer every item; a “no” needs a note. Mandatory items that are not yes do not hold up the count: they are written into the protocol.</source>
      <translation>Ответьте на каждый пункт; ответ «нет» требует примечания. Обязательные пункты без ответа «да» не задерживают подсчёт: они вносятся в протокол.</translation>
    </message>
    <message>
      <source>Nobody is logged in · {time}</source>
      <translation>Никто не вошёл в систему · {time}</translation>
    </message>
    <message>
      <source>Answered by {name} ({role}) · {time}</source>
      <translation>Ответил(а): {name} ({role}) · {time}</translation>
    </message>
    <message>
      <source>The opening checklist saved at {time} by {name} left these mandatory items unmet:</source>
      <translation>В контрольном листе открытия, сохранённом в {time} (сохранил(а) {name}), не выполнены обязательные пункты:</translation>
    </message>
    <message>
      <source>An exception is recorded: the station may open, and the reason goes into the protocol.</source>
      <translation>Отступление записано: участок можно открыть, а причина вносится в протокол.</translation>
    </message>
    <message>
      <source>Exception recorded at {time} for: {items}. The chair may now open the station on the Station tab.</source>
      <translation>Отступление записано в {time} по пунктам: {items}. Теперь председатель может открыть участок на вкладке «Участок».</translation>
    </message>
    <message>
      <source>Only the chair may record an exception.</source>
      <translation>Записать отступление может только председатель.</translation>
    </message>
    <message>
      <source>Write the reason first: without it there is no exception.</source>
      <translation>Сначала напишите обоснование: без него отступление не записывается.</translation>
    </message>
    <message>
      <source>A “no” needs a note: write what is wrong.</source>
      <translation>Ответ «нет» требует примечания: напишите, что не так.</translation>
    </message>
    <message>
      <source>Choose yes, no or not applicable.</source>
      <translation>Выберите «да», «нет» или «неприменимо».</translation>
    </message>
    <message>
      <source>Nothing was saved. Items marked in red need an answer or a note: {count}.</source>
      <translation>Ничего не сохранено. Пунктов, выделенных красным, которым нужен ответ или примечание: {count}.</translation>
    </message>
    <message>
      <source>Saved at {time}: every mandatory item is yes.</source>
      <translation>Сохранено в {time}: на все обязательные пункты дан ответ «да».</translation>
    </message>
    <message>
      <source>The sanitary checklist no longer holds up the opening.</source>
      <translation>Санитарный контрольный лист больше не препятствует открытию.</translation>
    </message>
    <message>
      <source>Saved at {time}. These mandatory items are not yes:</source>
      <translation>Сохранено в {time}. На эти обязательные пункты ответ не «да»:</translation>
    </message>
    <message>
      <source>The station cannot open until they are yes, or until the chair records an exception below.</source>
      <translation>Участок нельзя открыть, пока на них не будет ответа «да» или пока председатель не запишет отступление ниже.</translation>
    </message>
    <message>
      <source>They stay due: do them, then record the check again.</source>
      <translation>Они остаются невыполненными: выполните их и снова запишите проверку.</translation>
    </message>
    <message>
      <source>They are written into the protocol; the station may still close.</source>
      <translation>Они вносятся в протокол; участок всё равно можно закрыть.</translation>
    </message>
    <message>
      <source>Optional items answered no, kept as remarks: {items}.</source>
      <translation>Необязательные пункты с ответом «нет», сохранены как замечания: {items}.</translation>
    </message>
    <message>
      <source>{checklist} saved at {time}: every mandatory item is yes.</source>
      <translation>{checklist}: сохранено в {time}; на все обязательные пункты дан ответ «да».</translation>
    </message>
    <message>
      <source>{checklist} saved at {time}: mandatory items not yes: {count}. See the Sanitary tab.</source>
      <translation>{checklist}: сохранено в {time}; обязательных пунктов без ответа «да»: {count}. См. вкладку «Санитария».</translation>
    </message>
    <message>
      <source>Sanitary checklist</source>
      <translation>Санитарный контрольный лист</translation>
    </message>
    <message>
      <source>Open by exception: written into the protocol</source>
      <translation>Открытие с отступлением: вносится в протокол</translation>
    </message>
    <message>
      <source>The station cannot open while a mandatory item is unmet. Only the chair may open it anyway, by writing why. The reason and the unmet items go into the protocol and the journal.</source>
      <translation>Участок нельзя открыть, пока не выполнен обязательный пункт. Открыть его всё же может только председатель, письменно указав причину. Причина и невыполненные пункты вносятся в протокол и журнал.</translation>
    </message>
    <message>
      <source>The reason, for the protocol. For example: the school has no free room; a corner behind a screen is set aside for people with a fever.</source>
      <translation>Причина для протокола. Например: в школе нет свободного помещения; для людей с повышенной температурой отведён угол за ширмой.</translation>
    </message>
    <message>
      <source>Record the exception in the protocol</source>
      <translation>Внести отступление в протокол</translation>
    </message>
    <message>
      <source>Answer &amp;yes to every item</source>
      <translation>Ответить «&amp;да» на все пункты</translation>
    </message>
    <message>
      <source>Marks every item yes; look through them, change what is not so, then save.</source>
      <translation>Отмечает «да» во всех пунктах; просмотрите их, исправьте то, что не так, и сохраните.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>&amp;Save the checklist</source>
      <translation>&amp;Сохранить контрольный лист</translation>
    </message>
  </context>
  <context>
    <name>ChecklistItemRow</name>
    <message>
      <source>Mandatory</source>
      <translation>Обязательный</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Необязательный</translation>
    </message>
    <message>
      <source>Required: what is wrong, and what is being done about it</source>
      <translation>Обязательно: что не так и что делается для исправления</translation>
    </message>
    <message>
      <source>A note, if something should be on record (optional)</source>
      <translation>Примечание, если что-то нужно зафиксировать (необязательно)</translation>
    </message>
    <message>
      <source>A “no” needs a note: write what is wrong.</source>
      <translation>Ответ «нет» требует примечания: напишите, что не так.</translation>
    </message>
    <message>
      <source>Choose yes, no or not applicable.</source>
      <translation>Выберите «да», «нет» или «неприменимо».</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Неприменимо</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Version {version} stays stored and valid until the corrected version is signed. The station goes back to COUNTED: on the Count tab the chair reopens the count of each race that must change, the commission recounts it and types it twice, the chair marks the station counted, and then signs version {next} here.</source>
      <translation>Версия {version} остаётся сохранённой и действительной, пока не подписана исправленная версия. Участок возвращается в состояние «ПОДСЧИТАН»: на вкладке «Подсчёт» председатель возобновляет подсчёт по каждому голосованию, которое нужно изменить, комиссия пересчитывает бюллетени и дважды вводит результаты, председатель отмечает участок как подсчитанный, а затем подписывает здесь версию {next}.</translation>
    </message>
  </context>
  <context>
    <name>CountSheetController</name>
    <message>
      <source>Line {line} · {caption}</source>
      <translation>Строка {line} · {caption}</translation>
    </message>
    <message>
      <source>A ballot may mark up to {count} candidate(s).</source>
      <translation>В бюллетене можно отметить кандидатов: не более {count}.</translation>
    </message>
    <message>
      <source>Agreed: both entries are the same, and this count sheet counts.</source>
      <translation>Согласовано: оба ввода совпадают, и этот лист подсчёта принимается.</translation>
    </message>
    <message>
      <source>Agreed and final: the station has been marked counted.</source>
      <translation>Согласовано окончательно: участок отмечен как подсчитанный.</translation>
    </message>
    <message>
      <source>The count sheet is typed after the station is closed.</source>
      <translation>Лист подсчёта вводится после закрытия участка.</translation>
    </message>
    <message>
      <source>Log in to type the count sheet.</source>
      <translation>Войдите в систему, чтобы ввести лист подсчёта.</translation>
    </message>
    <message>
      <source>The two entries differ on {count} line(s), listed on the right. Recount those lines; the officer whose entry was wrong retypes it.</source>
      <translation>Два ввода расходятся в строках ({count}), перечисленных справа. Пересчитайте эти строки; член комиссии, чей ввод ошибочен, вводит его заново.</translation>
    </message>
    <message>
      <source>You typed entry 1. Entry 2 is typed independently by the chair or the secretary.</source>
      <translation>Вы сделали ввод 1. Ввод 2 независимо делает председатель или секретарь.</translation>
    </message>
    <message>
      <source>Entry 1 has been typed by another officer. Type entry 2 from the paper count sheet: entry 1 stays hidden until both agree.</source>
      <translation>Ввод 1 сделал другой член комиссии. Сделайте ввод 2 по бумажному листу подсчёта: ввод 1 скрыт, пока оба ввода не совпадут.</translation>
    </message>
    <message>
      <source>Entry 1 has been typed. Entry 2 is typed by the chair or the secretary.</source>
      <translation>Ввод 1 сделан. Ввод 2 делает председатель или секретарь.</translation>
    </message>
    <message>
      <source>Nobody has typed this count sheet yet. Entry 1 may be typed by any member of the commission; entry 2 by the chair or the secretary.</source>
      <translation>Этот лист подсчёта ещё никто не вводил. Ввод 1 может сделать любой член комиссии, ввод 2 — председатель или секретарь.</translation>
    </message>
    <message>
      <source>{line}: you typed {value}</source>
      <translation>{line}: вы ввели {value}</translation>
    </message>
    <message>
      <source>None so far: differences are shown once both entries are saved.</source>
      <translation>Пока нет: расхождения показываются после сохранения обоих вводов.</translation>
    </message>
    <message>
      <source>At least line 8 ({valid}) and at most line 8 × {choices} ({limit}).</source>
      <translation>Не меньше строки 8 ({valid}) и не больше строки 8 × {choices} ({limit}).</translation>
    </message>
    <message>
      <source>{relation} ({formula}): an error, which blocks the protocol</source>
      <translation>{relation} ({formula}): ошибка, препятствующая составлению протокола</translation>
    </message>
    <message>
      <source>{relation} ({formula}): a warning, which needs a written explanation</source>
      <translation>{relation} ({formula}): предупреждение, требующее письменного пояснения</translation>
    </message>
    <message>
      <source>Why this happened, for the protocol.</source>
      <translation>Почему так произошло (для протокола).</translation>
    </message>
    <message>
      <source>The explanation is written once both entries agree.</source>
      <translation>Пояснение пишется после того, как оба ввода совпадут.</translation>
    </message>
    <message>
      <source>Save the explanation</source>
      <translation>Сохранить пояснение</translation>
    </message>
    <message>
      <source>Explanation recorded; it goes into the protocol.</source>
      <translation>Пояснение записано; оно войдёт в протокол.</translation>
    </message>
    <message>
      <source>Not explained yet: the station cannot be marked counted without it.</source>
      <translation>Пояснения ещё нет: без него участок нельзя отметить как подсчитанный.</translation>
    </message>
    <message>
      <source>The control relations are checked as you type.</source>
      <translation>Контрольные соотношения проверяются по мере ввода.</translation>
    </message>
    <message>
      <source>Every control relation holds.</source>
      <translation>Все контрольные соотношения выполняются.</translation>
    </message>
    <message>
      <source>The count of «{race}» is agreed: both entries are the same.</source>
      <translation>Подсчёт по голосованию «{race}» согласован: оба ввода совпадают.</translation>
    </message>
    <message>
      <source>The two entries of «{race}» differ on {count} line(s). Recount those lines; the officer whose entry was wrong retypes it.</source>
      <translation>Два ввода по голосованию «{race}» расходятся в строках ({count}). Пересчитайте эти строки; член комиссии, чей ввод ошибочен, вводит его заново.</translation>
    </message>
    <message>
      <source>Entry {entry} of «{race}» is saved.</source>
      <translation>Ввод {entry} по голосованию «{race}» сохранён.</translation>
    </message>
    <message>
      <source>The explanation of {relation} is recorded for the protocol.</source>
      <translation>Пояснение к контрольному соотношению {relation} записано для протокола.</translation>
    </message>
    <message>
      <source>Entry {entry} of «{race}» is discarded; it is typed again.</source>
      <translation>Ввод {entry} по голосованию «{race}» отклонён; его нужно ввести заново.</translation>
    </message>
    <message>
      <source>Reopen the count</source>
      <translation>Возобновить подсчёт</translation>
    </message>
    <message>
      <source>Both entries of «{race}» and the explanations are cleared, and the race is recounted and typed twice again. Reopen the count?</source>
      <translation>Оба ввода по голосованию «{race}» и пояснения будут очищены, бюллетени будут пересчитаны и снова введены дважды. Возобновить подсчёт?</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Оставить как есть</translation>
    </message>
    <message>
      <source>The count of «{race}» is reopened: type both entries again.</source>
      <translation>Подсчёт по голосованию «{race}» возобновлён: сделайте оба ввода заново.</translation>
    </message>
  </context>
  <context>
    <name>CountSheetForm</name>
    <message>
      <source>I am typing:</source>
      <translation>Я ввожу:</translation>
    </message>
    <message>
      <source>Entry &amp;1</source>
      <translation>Ввод &amp;1</translation>
    </message>
    <message>
      <source>The first entry: any counting officer.</source>
      <translation>Первый ввод: любой член комиссии, участвующий в подсчёте.</translation>
    </message>
    <message>
      <source>Entry &amp;2</source>
      <translation>Ввод &amp;2</translation>
    </message>
    <message>
      <source>The second entry: the chair or the secretary, not the officer of entry 1. Entry 1 stays hidden until both agree.</source>
      <translation>Второй ввод: председатель или секретарь, но не тот, кто сделал ввод 1. Ввод 1 скрыт, пока оба ввода не совпадут.</translation>
    </message>
    <message>
      <source>From the station's records</source>
      <translation>По данным участка</translation>
    </message>
    <message>
      <source>Members on the roll (eligible)</source>
      <translation>Членов партии в списке (имеющих право голоса)</translation>
    </message>
    <message>
      <source>From the roll: members of this precinct, active, who joined on or before the roll cutoff.</source>
      <translation>Из списка: члены партии этого участка с действующим членством, вступившие в партию не позднее даты формирования списка.</translation>
    </message>
    <message>
      <source>Ballots received</source>
      <translation>Получено бюллетеней</translation>
    </message>
    <message>
      <source>Recorded when the ballots were received.</source>
      <translation>Записывается при получении бюллетеней.</translation>
    </message>
    <message>
      <source>Ballots issued</source>
      <translation>Выдано бюллетеней</translation>
    </message>
    <message>
      <source>Check-ins that were not voided: each check-in issued one ballot of this race.</source>
      <translation>Неаннулированные регистрации: при каждой регистрации выдан один бюллетень этого голосования.</translation>
    </message>
    <message>
      <source>Spoiled ballots (replaced)</source>
      <translation>Испорченные бюллетени (заменённые)</translation>
    </message>
    <message>
      <source>Ballots a voter spoiled and exchanged for a new one.</source>
      <translation>Бюллетени, которые избиратель испортил и обменял на новые.</translation>
    </message>
    <message>
      <source>From the count</source>
      <translation>По результатам подсчёта</translation>
    </message>
    <message>
      <source>&amp;Unused ballots, cancelled</source>
      <translation>&amp;Неиспользованные (погашенные) бюллетени</translation>
    </message>
    <message>
      <source>Counted and cancelled at closing.</source>
      <translation>Подсчитаны и погашены при закрытии.</translation>
    </message>
    <message>
      <source>Ballots &amp;found in the ballot box</source>
      <translation>Бюллетени, &amp;обнаруженные в ящике для голосования</translation>
    </message>
    <message>
      <source>All ballots taken out of the box, valid and invalid.</source>
      <translation>Все бюллетени, извлечённые из ящика, действительные и недействительные.</translation>
    </message>
    <message>
      <source>&amp;Invalid ballots</source>
      <translation>Не&amp;действительные бюллетени</translation>
    </message>
    <message>
      <source>No mark, more marks than allowed, a non-standard form, or a choice that cannot be determined.</source>
      <translation>Нет отметки, отметок больше допустимого, бюллетень неустановленной формы или волеизъявление невозможно определить.</translation>
    </message>
    <message>
      <source>Valid ballots</source>
      <translation>Действительные бюллетени</translation>
    </message>
    <message>
      <source>Line 6 minus line 7, computed as you type.</source>
      <translation>Строка 6 минус строка 7, вычисляется по мере ввода.</translation>
    </message>
    <message>
      <source>Votes per candidate, in Kazakh alphabetical order as on the ballot</source>
      <translation>Голоса за каждого кандидата в казахском алфавитном порядке, как в бюллетене</translation>
    </message>
    <message>
      <source>All votes together</source>
      <translation>Всего голосов</translation>
    </message>
    <message>
      <source>Control relations</source>
      <translation>Контрольные соотношения</translation>
    </message>
    <message>
      <source>Every control relation holds.</source>
      <translation>Все контрольные соотношения выполняются.</translation>
    </message>
    <message>
      <source>Where the two entries differ</source>
      <translation>Где два ввода расходятся</translation>
    </message>
    <message>
      <source>&amp;Save my entry</source>
      <translation>&amp;Сохранить мой ввод</translation>
    </message>
    <message>
      <source>Record this count sheet as the selected entry. When both entries are saved they are compared line by line.</source>
      <translation>Записать этот лист подсчёта как выбранный ввод. Когда сохранены оба ввода, они сравниваются построчно.</translation>
    </message>
    <message>
      <source>&amp;Tally by ballot…</source>
      <translation>&amp;Подсчёт по бюллетеням…</translation>
    </message>
    <message>
      <source>For a small station: tap the marked candidates of each ballot; the totals fill this count sheet.</source>
      <translation>Для небольшого участка: нажимайте на кандидатов, отмеченных в каждом бюллетене; итоги заполнят этот лист подсчёта.</translation>
    </message>
    <message>
      <source>&amp;Discard the selected entry</source>
      <translation>От&amp;клонить выбранный ввод</translation>
    </message>
    <message>
      <source>The chair discards an entry before the two agree; it is then typed again.</source>
      <translation>Председатель отклоняет ввод, пока два ввода не совпали; затем его вводят заново.</translation>
    </message>
    <message>
      <source>&amp;Reopen the count…</source>
      <translation>&amp;Возобновить подсчёт…</translation>
    </message>
    <message>
      <source>The chair clears both entries and the explanations so that the race is recounted and typed again.</source>
      <translation>Председатель очищает оба ввода и пояснения, чтобы по этому голосованию провести повторный подсчёт и ввести данные заново.</translation>
    </message>
  </context>
  <context>
    <name>CountingPage</name>
    <message>
      <source>The station file could not be written ({reason}). Nothing was recorded: check the disk, then try again.</source>
      <translation>Не удалось записать файл участка ({reason}). Ничего не записано: проверьте диск и повторите попытку.</translation>
    </message>
    <message>
      <source>✓ {race}</source>
      <translation>✓ {race}</translation>
    </message>
    <message>
      <source>Mark the station &amp;counted</source>
      <translation>Отметить участок как &amp;подсчитанный</translation>
    </message>
    <message>
      <source>&amp;Public display…</source>
      <translation>&amp;Общий экран…</translation>
    </message>
    <message>
      <source>The chair marks the station counted once every race is agreed and checked.</source>
      <translation>Председатель отмечает участок как подсчитанный, когда подсчёт по каждому голосованию согласован и проверен.</translation>
    </message>
    <message>
      <source>Counting begins once the station is closed.</source>
      <translation>Подсчёт начинается после закрытия участка.</translation>
    </message>
    <message>
      <source>Every race is agreed and checked: the chair may mark the station counted.</source>
      <translation>Подсчёт по всем голосованиям согласован и проверен: председатель может отметить участок как подсчитанный.</translation>
    </message>
    <message>
      <source>The station is counted: the protocol can be finalized.</source>
      <translation>Участок подсчитан: протокол можно завершить.</translation>
    </message>
    <message>
      <source>Not agreed yet: {races}.</source>
      <translation>Ещё не согласовано: {races}.</translation>
    </message>
    <message>
      <source>A control relation fails, so recount and type again: {races}.</source>
      <translation>Контрольное соотношение не выполняется, нужно пересчитать и ввести заново: {races}.</translation>
    </message>
    <message>
      <source>A warning needs a written explanation: {races}.</source>
      <translation>Предупреждение требует письменного пояснения: {races}.</translation>
    </message>
    <message>
      <source>The station is counted. The protocol can now be finalized and signed.</source>
      <translation>Участок подсчитан. Теперь протокол можно завершить и подписать.</translation>
    </message>
  </context>
  <context>
    <name>DeskContext</name>
    <message>
      <source>The station file could not be written ({reason}). Nothing was recorded: check the disk, then try again.</source>
      <translation>Не удалось записать файл участка ({reason}). Ничего не записано: проверьте диск и повторите попытку.</translation>
    </message>
  </context>
  <context>
    <name>DeskSettingsControls</name>
    <message>
      <source>Not chosen yet: choose a folder on a USB stick before opening.</source>
      <translation>Ещё не выбрана: до открытия участка выберите папку на USB-накопителе.</translation>
    </message>
    <message>
      <source>The backup folder (a USB stick)</source>
      <translation>Папка резервных копий (USB-накопитель)</translation>
    </message>
    <message>
      <source>Backup folder chosen: {folder}. A first backup is written there: {file}.</source>
      <translation>Папка резервных копий выбрана: {folder}. В неё записана первая копия: {file}.</translation>
    </message>
    <message>
      <source>Backup written and checked: {path}.</source>
      <translation>Резервная копия записана и проверена: {path}.</translation>
    </message>
  </context>
  <context>
    <name>DeskSettingsForm</name>
    <message>
      <source>Backup and this desk</source>
      <translation>Копия и рабочее место</translation>
    </message>
    <message>
      <source>Backup folder (a USB stick):</source>
      <translation>Папка резервных копий (USB-накопитель):</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <source>The chair or secretary chooses the folder on a USB stick; a first backup is written there at once, and another at every change of the station's state.</source>
      <translation>Председатель или секретарь выбирает папку на USB-накопителе; в неё сразу записывается первая копия, а затем ещё одна при каждой смене состояния участка.</translation>
    </message>
    <message>
      <source>Back up &amp;now</source>
      <translation>Копировать &amp;сейчас</translation>
    </message>
    <message>
      <source>Write a checked copy of the station file to the backup folder now.</source>
      <translation>Записать сейчас проверенную копию файла участка в папку резервных копий.</translation>
    </message>
    <message>
      <source>&amp;Lock after (min idle)</source>
      <translation>&amp;Блокировка (простой, мин)</translation>
    </message>
    <message>
      <source>This desk locks itself after so many minutes without a key or a click; log in again with the PIN.</source>
      <translation>Рабочее место блокируется, если столько минут никто не нажимает клавиши и не щёлкает мышью; войдите снова с PIN-кодом.</translation>
    </message>
    <message>
      <source>&amp;Paper list every (min)</source>
      <translation>Бумажный &amp;список каждые (мин)</translation>
    </message>
    <message>
      <source>While the station is open, this desk writes the paper list to the backup folder this often.</source>
      <translation>Пока участок открыт, это рабочее место с такой частотой записывает бумажный список в папку резервных копий.</translation>
    </message>
  </context>
  <context>
    <name>ExcludeDialog</name>
    <message>
      <source>the election definition</source>
      <translation>описание выборов</translation>
    </message>
    <message>
      <source>this branch</source>
      <translation>этот филиал</translation>
    </message>
    <message>
      <source>{candidate} is excluded from the ratings of «{race}»; the votes stay in the results.</source>
      <translation>Кандидат {candidate} исключён из рейтингов голосования «{race}»; голоса остаются в результатах.</translation>
    </message>
  </context>
  <context>
    <name>KeyPasswordDialog</name>
    <message>
      <source>Sign again with the same counts</source>
      <translation>Подписать повторно с теми же итогами</translation>
    </message>
    <message>
      <source>Protocol version {version} of precinct {precinct} is signed with the same counts as version {previous}, which stays stored. The reason is printed in the new version.</source>
      <translation>Версия {version} протокола участка {precinct} подписывается с теми же итогами, что и версия {previous}, которая остаётся сохранённой. Причина печатается в новой версии.</translation>
    </message>
    <message>
      <source>Sign version {version}</source>
      <translation>Подписать версию {version}</translation>
    </message>
    <message>
      <source>Export the package again</source>
      <translation>Экспортировать пакет повторно</translation>
    </message>
    <message>
      <source>The package of protocol version {version} of precinct {precinct} is written again. Its list of files is signed anew, with the key that signed the protocol.</source>
      <translation>Пакет версии {version} протокола участка {precinct} записывается повторно. Его список файлов подписывается заново тем же ключом, которым подписан протокол.</translation>
    </message>
    <message>
      <source>Save the package</source>
      <translation>Сохранить пакет</translation>
    </message>
    <message>
      <source>Sign and finalize the protocol</source>
      <translation>Подписать и завершить протокол</translation>
    </message>
    <message>
      <source>Protocol version {version} of precinct {precinct} is signed with the chair's key. The station then becomes read-only, and the package for the branch office is saved in the folder below.</source>
      <translation>Версия {version} протокола участка {precinct} подписывается ключом председателя. После этого участок становится доступен только для чтения, а пакет для филиала сохраняется в папке, указанной ниже.</translation>
    </message>
    <message>
      <source>Sign and finalize</source>
      <translation>Подписать и завершить</translation>
    </message>
    <message>
      <source>None chosen: a self-signed key is still refused, but a key of any CA is accepted.</source>
      <translation>Не выбран: самоподписанный ключ по-прежнему не принимается, но принимается ключ любого удостоверяющего центра.</translation>
    </message>
    <message>
      <source>The chair's key</source>
      <translation>Ключ председателя</translation>
    </message>
    <message>
      <source>Key file</source>
      <translation>Файл ключа</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <source>Package saved as</source>
      <translation>Пакет сохраняется как</translation>
    </message>
    <message>
      <source>C&amp;hange…</source>
      <translation>Из&amp;менить…</translation>
    </message>
    <message>
      <source>Trusted CA</source>
      <translation>Доверенный удостоверяющий центр</translation>
    </message>
    <message>
      <source>Ch&amp;oose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <source>&amp;Reason for the new version (required, printed in the protocol)</source>
      <translation>При&amp;чина новой версии (обязательно, печатается в протоколе)</translation>
    </message>
    <message>
      <source>For example: the printed copy for the wall was damaged.</source>
      <translation>Например: распечатка для вывешивания была повреждена.</translation>
    </message>
    <message>
      <source>&amp;Password of the key file</source>
      <translation>&amp;Пароль файла ключа</translation>
    </message>
    <message>
      <source>The password opens the key for this signature only. It is not saved anywhere and is cleared once used.</source>
      <translation>Пароль открывает ключ только для этой подписи. Он нигде не сохраняется и стирается после использования.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>LoginController</name>
    <message>
      <source>{name} — {role}</source>
      <translation>{name} — {role}</translation>
    </message>
    <message>
      <source>Login id: {officer}</source>
      <translation>Логин: {officer}</translation>
    </message>
    <message>
      <source>Choose your name in the list first.</source>
      <translation>Сначала выберите своё имя в списке.</translation>
    </message>
  </context>
  <context>
    <name>LoginForm</name>
    <message>
      <source>Log in to this desk</source>
      <translation>Вход на рабочее место</translation>
    </message>
    <message>
      <source>Choose your name, type your PIN and press Enter.</source>
      <translation>Выберите своё имя, введите PIN-код и нажмите Enter.</translation>
    </message>
    <message>
      <source>&amp;Officer</source>
      <translation>&amp;Член комиссии</translation>
    </message>
    <message>
      <source>&amp;PIN</source>
      <translation>&amp;PIN-код</translation>
    </message>
    <message>
      <source>&amp;Desk</source>
      <translation>&amp;Стол</translation>
    </message>
    <message>
      <source>The number of this check-in desk; it is written with every check-in.</source>
      <translation>Номер этого стола регистрации; он записывается при каждой регистрации.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Войти</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Polling Station</source>
      <translation>Избирательный участок</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Заблокировать</translation>
    </message>
    <message>
      <source>Lock the desk now; log in again with your PIN (Ctrl+L).</source>
      <translation>Заблокировать рабочее место сейчас; затем войдите снова с PIN-кодом (Ctrl+L).</translation>
    </message>
    <message>
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Скрыть</translation>
    </message>
    <message>
      <source>Hide this message.</source>
      <translation>Скрыть это сообщение.</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Регистрация</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>Явка</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Участок</translation>
    </message>
  </context>
  <context>
    <name>MainWindowController</name>
    <message>
      <source>Count</source>
      <translation>Подсчёт</translation>
    </message>
    <message>
      <source>Polling Station: precinct {id}</source>
      <translation>Избирательный участок {id}</translation>
    </message>
    <message>
      <source>Precinct {id}</source>
      <translation>Участок {id}</translation>
    </message>
    <message>
      <source>Nobody is logged in</source>
      <translation>Никто не вошёл в систему</translation>
    </message>
    <message>
      <source>The desk is locked</source>
      <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
      <source>{name} · {role}</source>
      <translation>{name} · {role}</translation>
    </message>
    <message>
      <source>Desk {desk} · login {officer}</source>
      <translation>Стол {desk} · логин {officer}</translation>
    </message>
    <message>
      <source>The desk was locked after {minutes} minute(s) without activity. Log in again with your PIN.</source>
      <translation>Рабочее место заблокировано после {minutes} мин. бездействия. Войдите снова с PIN-кодом.</translation>
    </message>
  </context>
  <context>
    <name>NewBranchDialog</name>
    <message>
      <source>There is no branch file at {path} yet. Create it from the election definition and the member roll: the roll says who may vote online and gives the turnout's denominators.</source>
      <translation>Файла филиала по адресу {path} ещё нет. Создайте его из описания выборов и списка членов партии: список определяет, кто может голосовать онлайн, и служит основой для расчёта явки.</translation>
    </message>
    <message>
      <source>The election definition</source>
      <translation>Описание выборов</translation>
    </message>
    <message>
      <source>Election definitions (*.json);;All files (*)</source>
      <translation>Описания выборов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
      <source>The member roll</source>
      <translation>Список членов партии</translation>
    </message>
    <message>
      <source>Rolls (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Списки (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>There is no file {file}.</source>
      <translation>Файл {file} не найден.</translation>
    </message>
    <message>
      <source>«{title}» ({election}), voting day {day}: {regions} region(s), {precincts} precinct(s), {races} race(s).</source>
      <translation>«{title}» ({election}), день голосования {day}: регионов — {regions}, участков — {precincts}, голосований — {races}.</translation>
    </message>
    <message>
      <source>Created {path}. {file}: {rows} row(s) read; {accepted} member(s) imported ({warned} with a warning), {collapsed} identical duplicate(s) collapsed, {rejected} row(s) rejected. The roll holds {members} member(s), {eligible} of them eligible to vote.</source>
      <translation>Создан файл {path}. {file}: прочитано строк: {rows}; импортировано членов партии: {accepted} (с предупреждением: {warned}), объединено одинаковых дубликатов: {collapsed}, отклонено строк: {rejected}. В списке членов партии: {members}, из них имеют право голоса: {eligible}.</translation>
    </message>
    <message>
      <source>No row of the roll was rejected.</source>
      <translation>Ни одна строка списка не отклонена.</translation>
    </message>
    <message>
      <source>Rejected rows, with line numbers and reasons (the whole report is {path}):</source>
      <translation>Отклонённые строки с номерами и причинами (полный отчёт — {path}):</translation>
    </message>
  </context>
  <context>
    <name>PaperList</name>
    <message>
      <source>The paper list is being written; it will be ready in a moment.</source>
      <translation>Бумажный список формируется; он будет готов через мгновение.</translation>
    </message>
    <message>
      <source>Paper list written: {path} (marks as of {time}).</source>
      <translation>Бумажный список записан: {path} (отметки на {time}).</translation>
    </message>
    <message>
      <source>The paper list could not be written: {reason}</source>
      <translation>Не удалось записать бумажный список: {reason}</translation>
    </message>
    <message>
      <source>Write the paper list now</source>
      <translation>Сформировать бумажный список сейчас</translation>
    </message>
    <message>
      <source>A PDF of this precinct's roll with the check-ins so far, for working on paper if this computer fails. Written to the backup folder; also every {minutes} minutes while the station is open.</source>
      <translation>PDF-файл списка членов партии этого участка с уже выполненными регистрациями — для работы на бумаге, если компьютер выйдет из строя. Записывается в папку резервных копий, а пока участок открыт — ещё и каждые {minutes} мин.</translation>
    </message>
    <message>
      <source>Last paper list: marks as of {time}, {file}</source>
      <translation>Последний бумажный список: отметки на {time}, {file}</translation>
    </message>
    <message>
      <source>The last paper list was not written: see the message above.</source>
      <translation>Последний бумажный список не записан: см. сообщение выше.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolCorrectionDialog</name>
    <message>
      <source>Issue a corrected protocol</source>
      <translation>Выпустить исправленный протокол</translation>
    </message>
    <message>
      <source>&amp;Reason for the correction (required, printed in the corrected protocol)</source>
      <translation>&amp;Причина исправления (обязательно, печатается в исправленном протоколе)</translation>
    </message>
    <message>
      <source>For example: the recount of the district race found 3 ballots counted for the wrong candidate.</source>
      <translation>Например: при пересчёте по районному голосованию обнаружено 3 бюллетеня, засчитанных не тому кандидату.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Reopen for correction</source>
      <translation>Открыть для исправления</translation>
    </message>
  </context>
  <context>
    <name>ProtocolDialogs</name>
    <message>
      <source>The chair's signing key</source>
      <translation>Ключ подписи председателя</translation>
    </message>
    <message>
      <source>Key files (*.p12 *.pfx);;All files (*)</source>
      <translation>Файлы ключей (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Change of signer</source>
      <translation>Смена подписанта</translation>
    </message>
    <message>
      <source>Write why another person signs this version (for example: the chair is ill; the deputy chair signs by the commission's decision). The reason is printed in the protocol.</source>
      <translation>Напишите, почему эту версию подписывает другой человек (например: председатель заболел; по решению комиссии подписывает заместитель председателя). Причина печатается в протоколе.</translation>
    </message>
    <message>
      <source>Folder for the package (the USB stick)</source>
      <translation>Папка для пакета (USB-накопитель)</translation>
    </message>
    <message>
      <source>Certificate of the CA that issues the chairs' keys</source>
      <translation>Сертификат удостоверяющего центра, выдающего ключи председателям</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
      <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>ProtocolForm</name>
    <message>
      <source>What still stands in the way of the protocol:</source>
      <translation>Что ещё препятствует составлению протокола:</translation>
    </message>
    <message>
      <source>&amp;Versions: choose one to see it</source>
      <translation>&amp;Версии: выберите версию для просмотра</translation>
    </message>
    <message>
      <source>&amp;Sign and finalize…</source>
      <translation>&amp;Подписать и завершить…</translation>
    </message>
    <message>
      <source>Issue a &amp;corrected protocol…</source>
      <translation>Выпустить &amp;исправленный протокол…</translation>
    </message>
    <message>
      <source>&amp;Export again…</source>
      <translation>&amp;Экспортировать повторно…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>Пе&amp;чать…</translation>
    </message>
  </context>
  <context>
    <name>ProtocolPage</name>
    <message>
      <source>Protocol</source>
      <translation>Протокол</translation>
    </message>
    <message>
      <source>Voting is not over: the protocol is signed once the station is closed and counted.</source>
      <translation>Голосование не окончено: протокол подписывается после закрытия участка и подсчёта голосов.</translation>
    </message>
    <message>
      <source>The count is not finished: the chair marks the station counted on the Count tab once every race is agreed.</source>
      <translation>Подсчёт не завершён: когда подсчёт по каждому голосованию согласован, председатель отмечает участок как подсчитанный на вкладке «Подсчёт».</translation>
    </message>
    <message>
      <source>The counts do not allow a protocol yet.</source>
      <translation>Итоги подсчёта пока не позволяют составить протокол.</translation>
    </message>
    <message>
      <source>Correction of version {version}: the counts are final again, and the chair may sign version {next}.</source>
      <translation>Исправление версии {version}: итоги снова окончательные, председатель может подписать версию {next}.</translation>
    </message>
    <message>
      <source>Everything is counted and checked: the chair may sign and finalize the protocol.</source>
      <translation>Всё подсчитано и проверено: председатель может подписать и завершить протокол.</translation>
    </message>
    <message>
      <source>The protocol is finalized: version {version} is signed and the station is read-only.</source>
      <translation>Протокол завершён: версия {version} подписана, участок доступен только для чтения.</translation>
    </message>
    <message>
      <source>Draft of version {version}: not signed, for checking</source>
      <translation>Проект версии {version}: не подписан, для проверки</translation>
    </message>
    <message>
      <source>Version {version} · {when} · signed by {officer}</source>
      <translation>Версия {version} · {when} · подписал(а) {officer}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>Причина: {reason}</translation>
    </message>
    <message>
      <source>Its package has not been saved yet: use Export again.</source>
      <translation>Её пакет ещё не сохранён: используйте «Экспортировать повторно».</translation>
    </message>
    <message>
      <source>&amp;Sign again with the same counts…</source>
      <translation>Подписать &amp;повторно с теми же итогами…</translation>
    </message>
    <message>
      <source>A new version with the same counts and a reason, for example when the key or the printed copy was wrong.</source>
      <translation>Новая версия с теми же итогами и с указанием причины, например если был неверен ключ или распечатка.</translation>
    </message>
    <message>
      <source>&amp;Sign and finalize…</source>
      <translation>&amp;Подписать и завершить…</translation>
    </message>
    <message>
      <source>The chair signs the protocol with the key file; the station then becomes read-only and the package is saved.</source>
      <translation>Председатель подписывает протокол файлом ключа; после этого участок становится доступен только для чтения, а пакет сохраняется.</translation>
    </message>
    <message>
      <source>When counts must change: the station goes back to the count, and a corrected version is signed with the reason.</source>
      <translation>Если итоги нужно изменить: участок возвращается к подсчёту, а исправленная версия подписывается с указанием причины.</translation>
    </message>
    <message>
      <source>Save the package of the chosen version again, to another USB stick or folder.</source>
      <translation>Повторно сохранить пакет выбранной версии на другой USB-накопитель или в другую папку.</translation>
    </message>
    <message>
      <source>Only a signed version is printed, so that no draft reaches the wall.</source>
      <translation>Печатается только подписанная версия, чтобы проект не оказался вывешен.</translation>
    </message>
    <message>
      <source>Only the chair signs, corrects and exports the protocol; you may look at it and print a signed version.</source>
      <translation>Подписывает, исправляет и экспортирует протокол только председатель; вы можете просматривать его и печатать подписанную версию.</translation>
    </message>
    <message>
      <source>Draft of version {version}, {pages} page(s), as it would be signed now. It is not the protocol until the chair signs it.</source>
      <translation>Проект версии {version} (страниц: {pages}) в том виде, в каком он был бы подписан сейчас. Протоколом он станет только после подписи председателя.</translation>
    </message>
    <message>
      <source>Version {version}, signed {when}, {pages} page(s): the PDF exactly as stored and exported.</source>
      <translation>Версия {version}, подписана {when}, страниц: {pages}; PDF точно в том виде, в каком сохранён и экспортирован.</translation>
    </message>
    <message>
      <source>The preview of the protocol appears here once the station is counted.</source>
      <translation>Предварительный просмотр протокола появится здесь после подсчёта голосов на участке.</translation>
    </message>
    <message>
      <source>The preview appears here once nothing stands in the way of the protocol.</source>
      <translation>Предварительный просмотр появится здесь, когда составлению протокола ничто не будет препятствовать.</translation>
    </message>
    <message>
      <source>Protocol version {version} is signed and stored, but its package was not saved: save it with Export again.</source>
      <translation>Версия протокола {version} подписана и сохранена, но её пакет не записан: сохраните его кнопкой «Экспортировать повторно».</translation>
    </message>
    <message>
      <source>Protocol version {version} is signed by {signer} and finalized; the station is read-only. The package is saved as {path}.</source>
      <translation>Версию {version} протокола подписал(а) {signer}, протокол завершён; участок доступен только для чтения. Пакет сохранён как {path}.</translation>
    </message>
    <message>
      <source>The package of protocol version {version} is saved as {path}.</source>
      <translation>Пакет версии {version} протокола сохранён как {path}.</translation>
    </message>
    <message>
      <source>The protocol is reopened for correction and the station is back to COUNTED. On the Count tab, reopen the count of each race that must change and have it recounted and typed twice; then mark the station counted and sign version {version} here.</source>
      <translation>Протокол открыт для исправления, участок возвращён в состояние «ПОДСЧИТАН». На вкладке «Подсчёт» возобновите подсчёт по каждому голосованию, которое нужно изменить, проведите пересчёт и дважды введите результаты; затем отметьте участок как подсчитанный и подпишите здесь версию {version}.</translation>
    </message>
    <message>
      <source>Print protocol version {version}</source>
      <translation>Печать версии {version} протокола</translation>
    </message>
    <message>
      <source>Printing protocol version {version}…</source>
      <translation>Печать версии {version} протокола…</translation>
    </message>
    <message>
      <source>Stop printing</source>
      <translation>Остановить печать</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Печать</translation>
    </message>
    <message>
      <source>Printing page {page} of {total}…</source>
      <translation>Печать страницы {page} из {total}…</translation>
    </message>
    <message>
      <source>The protocol was not printed: {reason}</source>
      <translation>Протокол не напечатан: {reason}</translation>
    </message>
    <message>
      <source>Printing was stopped after {printed} of {total} page(s).</source>
      <translation>Печать остановлена; напечатано страниц: {printed} из {total}.</translation>
    </message>
    <message>
      <source>Protocol version {version} was sent to the printer: {copies} copy(ies) of {pages} page(s).</source>
      <translation>Версия {version} протокола отправлена на принтер: экземпляров: {copies}, страниц в каждом: {pages}.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolPrint</name>
    <message>
      <source>The protocol's PDF could not be read for printing.</source>
      <translation>Не удалось прочитать PDF-файл протокола для печати.</translation>
    </message>
    <message>
      <source>The printer «{printer}» did not accept the job.</source>
      <translation>Принтер «{printer}» не принял задание.</translation>
    </message>
    <message>
      <source>The printer stopped after {done} of {total} page(s).</source>
      <translation>Принтер остановился; напечатано страниц: {done} из {total}.</translation>
    </message>
  </context>
  <context>
    <name>PublicDisplayForm</name>
    <message>
      <source>Count: public display</source>
      <translation>Подсчёт голосов: общий экран</translation>
    </message>
  </context>
  <context>
    <name>RatingChart</name>
    <message>
      <source>The first {shown} of {total} candidates</source>
      <translation>Кандидаты: первые {shown} из {total}</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <source>No precinct has conflicting packages now.</source>
      <translation>Сейчас ни у одного участка нет конфликтующих пакетов.</translation>
    </message>
    <message>
      <source>Precinct {precinct}: version {version} from {file} now counts; the other packages are set aside.</source>
      <translation>Участок {precinct}: теперь учитывается версия {version} из {file}; остальные пакеты отложены.</translation>
    </message>
  </context>
  <context>
    <name>Sanitary</name>
    <message>
      <source>Opening checklist</source>
      <translation>Контрольный лист открытия</translation>
    </message>
    <message>
      <source>Periodic check</source>
      <translation>Периодическая проверка</translation>
    </message>
    <message>
      <source>Closing checklist</source>
      <translation>Контрольный лист закрытия</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>not applicable</source>
      <translation>неприменимо</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Общее</translation>
    </message>
    <message>
      <source>Disorder</source>
      <translation>Нарушение порядка</translation>
    </message>
    <message>
      <source>Health: fever, feeling unwell</source>
      <translation>Здоровье: температура, недомогание</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Оборудование</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>Бюллетени</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Жалоба</translation>
    </message>
    <message>
      <source>Power failure</source>
      <translation>Отключение электроэнергии</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>every {hours} h</source>
      <translation>каждые {hours} ч</translation>
    </message>
    <message>
      <source>every {minutes} min</source>
      <translation>каждые {minutes} мин</translation>
    </message>
  </context>
  <context>
    <name>SanitaryBanner</name>
    <message>
      <source>Sanitary check OVERDUE since {time}. Not done ({count}):</source>
      <translation>Санитарная проверка ПРОСРОЧЕНА с {time}. Не выполнено ({count}):</translation>
    </message>
    <message>
      <source>Sanitary check due at {time}, soon:</source>
      <translation>Скоро санитарная проверка, срок — {time}:</translation>
    </message>
    <message>
      <source>Next disinfection check due at {time}.</source>
      <translation>Следующая проверка дезинфекции — в {time}.</translation>
    </message>
    <message>
      <source>{headline} Tell the chair or the secretary.</source>
      <translation>{headline} Сообщите председателю или секретарю.</translation>
    </message>
    <message>
      <source>{item}: due at {time}</source>
      <translation>{item}: срок — {time}</translation>
    </message>
  </context>
  <context>
    <name>SanitaryBannerForm</name>
    <message>
      <source>Record the periodic check…</source>
      <translation>Записать периодическую проверку…</translation>
    </message>
    <message>
      <source>Open the periodic sanitary checklist.</source>
      <translation>Открыть периодический санитарный контрольный лист.</translation>
    </message>
  </context>
  <context>
    <name>SanitaryForm</name>
    <message>
      <source>Sanitary checks</source>
      <translation>Санитарные проверки</translation>
    </message>
    <message>
      <source>Opening checklist…</source>
      <translation>Контрольный лист открытия…</translation>
    </message>
    <message>
      <source>Before opening: the station opens only when every mandatory item is yes.</source>
      <translation>Перед открытием: участок открывается, только когда на все обязательные пункты дан ответ «да».</translation>
    </message>
    <message>
      <source>Periodic check…</source>
      <translation>Периодическая проверка…</translation>
    </message>
    <message>
      <source>During voting: disinfection, airing, masks, at the times shown below.</source>
      <translation>Во время голосования: дезинфекция, проветривание, маски — в указанное ниже время.</translation>
    </message>
    <message>
      <source>Closing checklist…</source>
      <translation>Контрольный лист закрытия…</translation>
    </message>
    <message>
      <source>After voting ends: the station closes only once the closing checklist is saved.</source>
      <translation>После окончания голосования: участок закрывается только после сохранения контрольного листа закрытия.</translation>
    </message>
    <message>
      <source>Periodic checks during voting</source>
      <translation>Периодические проверки во время голосования</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Пункт</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Интервал</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>Последнее выполнение</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Следующий срок</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Overdue periods</source>
      <translation>Периоды просрочки</translation>
    </message>
    <message>
      <source>Checklists recorded</source>
      <translation>Записанные контрольные листы</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Контрольный лист</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Кто записал</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Items not “yes” and notes</source>
      <translation>Пункты без ответа «да» и примечания</translation>
    </message>
    <message>
      <source>Observers</source>
      <translation>Наблюдатели</translation>
    </message>
    <message>
      <source>Observers at the station</source>
      <translation>Наблюдатели на участке</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Фамилия, имя</translation>
    </message>
    <message>
      <source>Represents</source>
      <translation>Кого представляет</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>Прибыл(а)</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Убыл(а)</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Фамилия, имя</translation>
    </message>
    <message>
      <source>Surname, name as in the document</source>
      <translation>Фамилия, имя, как в документе</translation>
    </message>
    <message>
      <source>&amp;Represents</source>
      <translation>&amp;Кого представляет</translation>
    </message>
    <message>
      <source>Whose proxy: a candidate, a party body, the public</source>
      <translation>Чьё доверенное лицо: кандидата, партийного органа, общественности</translation>
    </message>
    <message>
      <source>Register the arrival</source>
      <translation>Зарегистрировать прибытие</translation>
    </message>
    <message>
      <source>The selected observer left</source>
      <translation>Выбранный наблюдатель убыл</translation>
    </message>
    <message>
      <source>Observers' remarks and complaints</source>
      <translation>Замечания и жалобы наблюдателей</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Наблюдатель</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Замечание</translation>
    </message>
    <message>
      <source>Commission's response</source>
      <translation>Ответ комиссии</translation>
    </message>
    <message>
      <source>Re&amp;mark of the selected observer</source>
      <translation>&amp;Замечание выбранного наблюдателя</translation>
    </message>
    <message>
      <source>What the observer said or wrote, as close to their words as possible</source>
      <translation>Что сказал или написал наблюдатель, как можно ближе к его словам</translation>
    </message>
    <message>
      <source>The commission's res&amp;ponse</source>
      <translation>&amp;Ответ комиссии</translation>
    </message>
    <message>
      <source>May be left empty and given later to the selected remark</source>
      <translation>Можно оставить пустым и дать позже на выбранное замечание</translation>
    </message>
    <message>
      <source>Record the remark</source>
      <translation>Записать замечание</translation>
    </message>
    <message>
      <source>Answer the selected remark</source>
      <translation>Ответить на выбранное замечание</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Инциденты</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>Принятые меры</translation>
    </message>
    <message>
      <source>Record an incident</source>
      <translation>Записать инцидент</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;What happened</source>
      <translation>&amp;Что произошло</translation>
    </message>
    <message>
      <source>&amp;Action taken</source>
      <translation>&amp;Принятые меры</translation>
    </message>
    <message>
      <source>What the commission did about it (may be empty)</source>
      <translation>Что сделала комиссия (можно оставить пустым)</translation>
    </message>
    <message>
      <source>Record the incident</source>
      <translation>Записать инцидент</translation>
    </message>
  </context>
  <context>
    <name>SanitaryPage</name>
    <message>
      <source>Not done yet: the station cannot open without it.</source>
      <translation>Ещё не выполнено: без этого участок нельзя открыть.</translation>
    </message>
    <message>
      <source>Passed at {time} ({name}).</source>
      <translation>Пройдено в {time} ({name}).</translation>
    </message>
    <message>
      <source>Not passed at {time}; opened by the chair's exception: {reason}</source>
      <translation>Не пройдено в {time}; участок открыт по отступлению, записанному председателем: {reason}</translation>
    </message>
    <message>
      <source>Not passed at {time}. Mandatory items not yes: {count}.</source>
      <translation>Не пройдено в {time}. Обязательных пунктов без ответа «да»: {count}.</translation>
    </message>
    <message>
      <source>Not done yet: the station closes only after it.</source>
      <translation>Ещё не выполнено: участок закрывается только после этого.</translation>
    </message>
    <message>
      <source>Saved at {time}. Mandatory items not yes, written into the protocol: {count}.</source>
      <translation>Сохранено в {time}. Обязательных пунктов без ответа «да», внесённых в протокол: {count}.</translation>
    </message>
    <message>
      <source>The schedule starts when the station opens: each item falls due its interval after the opening.</source>
      <translation>График начинается с открытия участка: срок каждого пункта наступает через его интервал после открытия.</translation>
    </message>
    <message>
      <source>During voting, at the times shown below.</source>
      <translation>Во время голосования, в указанное ниже время.</translation>
    </message>
    <message>
      <source>Each item falls due its interval after its last check. A check done late leaves an overdue period, recorded for the protocol.</source>
      <translation>Срок каждого пункта наступает через его интервал после последней проверки. Проверка, выполненная с опозданием, оставляет период просрочки, который фиксируется для протокола.</translation>
    </message>
    <message>
      <source>OVERDUE since {time}: do the check now and record it.</source>
      <translation>ПРОСРОЧЕНО с {time}: выполните проверку сейчас и запишите её.</translation>
    </message>
    <message>
      <source>Due soon, at {time}.</source>
      <translation>Скоро срок: {time}.</translation>
    </message>
    <message>
      <source>Next due at {time}.</source>
      <translation>Следующий срок: {time}.</translation>
    </message>
    <message>
      <source>Voting has ended.</source>
      <translation>Голосование окончено.</translation>
    </message>
    <message>
      <source>since {start}, not done yet</source>
      <translation>с {start}, ещё не выполнено</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>с {start} до {end}</translation>
    </message>
    <message>
      <source>Overdue since {time}</source>
      <translation>Просрочено с {time}</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Скоро срок</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>В срок</translation>
    </message>
    <message>
      <source>{item} — {answer}: {note}</source>
      <translation>{item} — {answer}: {note}</translation>
    </message>
    <message>
      <source>{item} — {answer}</source>
      <translation>{item} — {answer}</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Пройдено</translation>
    </message>
    <message>
      <source>Mandatory items not yes: {count}</source>
      <translation>Обязательных пунктов без ответа «да»: {count}</translation>
    </message>
    <message>
      <source>Every item yes</source>
      <translation>На все пункты — «да»</translation>
    </message>
    <message>
      <source>present</source>
      <translation>на участке</translation>
    </message>
    <message>
      <source>{response} ({time}, {name})</source>
      <translation>{response} ({time}, {name})</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>Ответа ещё нет</translation>
    </message>
    <message>
      <source>Checklists are recorded by the chair or the secretary.</source>
      <translation>Контрольные листы записывает председатель или секретарь.</translation>
    </message>
    <message>
      <source>The chair or the secretary records the periodic check: tell them, or log in as one of them.</source>
      <translation>Периодическую проверку записывает председатель или секретарь: сообщите им или войдите под учётной записью одного из них.</translation>
    </message>
    <message>
      <source>Observer {name} registered, arrived at {time}.</source>
      <translation>Наблюдатель {name} зарегистрирован, время прибытия: {time}.</translation>
    </message>
    <message>
      <source>Observer {name} left at {time}.</source>
      <translation>Наблюдатель {name} убыл в {time}.</translation>
    </message>
    <message>
      <source>The remark was recorded at {time}.</source>
      <translation>Замечание записано в {time}.</translation>
    </message>
    <message>
      <source>The commission's response was recorded at {time}.</source>
      <translation>Ответ комиссии записан в {time}.</translation>
    </message>
    <message>
      <source>Incident recorded at {time}: {kind}.</source>
      <translation>Инцидент записан в {time}: {kind}.</translation>
    </message>
    <message>
      <source>Sanitary</source>
      <translation>Санитария</translation>
    </message>
  </context>
  <context>
    <name>SpoilController</name>
    <message>
      <source>Spoiled ballots recorded for «{race}»: {count}.</source>
      <translation>Записано испорченных бюллетеней по голосованию «{race}»: {count}.</translation>
    </message>
  </context>
  <context>
    <name>SpoilDialog</name>
    <message>
      <source>Record a spoiled ballot</source>
      <translation>Записать испорченный бюллетень</translation>
    </message>
    <message>
      <source>The voter returned a spoiled ballot and received a new one. The spoiled ballot counts on line 4 of the protocol.</source>
      <translation>Избиратель вернул испорченный бюллетень и получил новый. Испорченный бюллетень учитывается в строке 4 протокола.</translation>
    </message>
    <message>
      <source>&amp;Race</source>
      <translation>&amp;Голосование</translation>
    </message>
    <message>
      <source>&amp;Spoiled ballots</source>
      <translation>&amp;Испорченные бюллетени</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Record the spoiled ballot</source>
      <translation>Записать испорченный бюллетень</translation>
    </message>
  </context>
  <context>
    <name>StationForm</name>
    <message>
      <source>Opening and closing</source>
      <translation>Открытие и закрытие</translation>
    </message>
    <message>
      <source>Before the station can open:</source>
      <translation>Перед открытием участка:</translation>
    </message>
    <message>
      <source>Open the station</source>
      <translation>Открыть участок</translation>
    </message>
    <message>
      <source>The chair opens the station; check-ins start then.</source>
      <translation>Участок открывает председатель; с этого момента начинается регистрация.</translation>
    </message>
    <message>
      <source>Close the station…</source>
      <translation>Закрыть участок…</translation>
    </message>
    <message>
      <source>The chair closes the station; no check-in is possible afterwards.</source>
      <translation>Участок закрывает председатель; после этого регистрация невозможна.</translation>
    </message>
    <message>
      <source>Ballots received</source>
      <translation>Получено бюллетеней</translation>
    </message>
    <message>
      <source>&amp;Race</source>
      <translation>&amp;Голосование</translation>
    </message>
    <message>
      <source>&amp;Ballots</source>
      <translation>&amp;Бюллетени</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Записать</translation>
    </message>
    <message>
      <source>Record the number of ballots received for this race (chair or secretary).</source>
      <translation>Записать число бюллетеней, полученных для этого голосования (председатель или секретарь).</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Голосование</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Получено</translation>
    </message>
    <message>
      <source>During the voting</source>
      <translation>В ходе голосования</translation>
    </message>
    <message>
      <source>Record a spoiled ballot…</source>
      <translation>Записать испорченный бюллетень…</translation>
    </message>
    <message>
      <source>A voter spoiled a ballot and received a replacement.</source>
      <translation>Избиратель испортил бюллетень и получил взамен новый.</translation>
    </message>
    <message>
      <source>Void a check-in…</source>
      <translation>Аннулировать регистрацию…</translation>
    </message>
    <message>
      <source>The chair only, with a written reason. The member may then be checked in again.</source>
      <translation>Только председатель и только с письменным обоснованием. После этого члена партии можно зарегистрировать снова.</translation>
    </message>
    <message>
      <source>Backfill from the paper list…</source>
      <translation>Перенести из бумажного списка…</translation>
    </message>
    <message>
      <source>Enter the check-ins written on the paper list while the computer was down (a clerk).</source>
      <translation>Внести регистрации, записанные в бумажный список, пока компьютер не работал (делает член комиссии).</translation>
    </message>
  </context>
  <context>
    <name>StationPageController</name>
    <message>
      <source>The station is {state}.</source>
      <translation>Состояние участка: {state}.</translation>
    </message>
    <message>
      <source>Everything is ready: the chair may open the station.</source>
      <translation>Всё готово: председатель может открыть участок.</translation>
    </message>
    <message>
      <source>Only the chair may void a check-in.</source>
      <translation>Аннулировать регистрацию может только председатель.</translation>
    </message>
    <message>
      <source>Backfilling the paper list issues ballots, so a clerk does it.</source>
      <translation>При переносе из бумажного списка выдаются бюллетени, поэтому это делает член комиссии.</translation>
    </message>
    <message>
      <source>Ballots received for «{race}»: {count}.</source>
      <translation>Получено бюллетеней по голосованию «{race}»: {count}.</translation>
    </message>
    <message>
      <source>The station is open. Check-ins may begin.</source>
      <translation>Участок открыт. Можно начинать регистрацию.</translation>
    </message>
    <message>
      <source>Close the station</source>
      <translation>Закрыть участок</translation>
    </message>
    <message>
      <source>After closing, no member can be checked in. Close the station now?</source>
      <translation>После закрытия ни одного члена партии зарегистрировать будет нельзя. Закрыть участок сейчас?</translation>
    </message>
    <message>
      <source>Keep it open</source>
      <translation>Не закрывать</translation>
    </message>
    <message>
      <source>The station is closed. No more check-ins.</source>
      <translation>Участок закрыт. Регистрация больше невозможна.</translation>
    </message>
  </context>
  <context>
    <name>TallyController</name>
    <message>
      <source>Tap the candidates marked on the ballot in your hand, then press Next ballot. A ballot with no mark, or with more than {count} marks, is counted invalid automatically.</source>
      <translation>Нажмите на кандидатов, отмеченных в бюллетене у вас в руках, затем нажмите «Следующий бюллетень». Бюллетень без отметок или с числом отметок больше {count} автоматически учитывается как недействительный.</translation>
    </message>
    <message>
      <source>Type the totals as entry {entry}</source>
      <translation>Внести итоги как ввод {entry}</translation>
    </message>
    <message>
      <source>{name} — {votes}</source>
      <translation>{name} — {votes}</translation>
    </message>
    <message>
      <source>Ballots counted: {ballots}. Valid: {valid}. Invalid: {invalid}.</source>
      <translation>Подсчитано бюллетеней: {ballots}. Действительных: {valid}. Недействительных: {invalid}.</translation>
    </message>
    <message>
      <source>This ballot: no mark yet. Next ballot now counts it invalid (blank).</source>
      <translation>Этот бюллетень: отметок пока нет. «Следующий бюллетень» учтёт его как недействительный (пустой).</translation>
    </message>
    <message>
      <source>This ballot: {count} marks, more than {limit}. Next ballot counts it invalid.</source>
      <translation>Этот бюллетень: отметок {count}, это больше {limit}. «Следующий бюллетень» учтёт его как недействительный.</translation>
    </message>
    <message>
      <source>This ballot: {count} mark(s) of at most {limit}.</source>
      <translation>Этот бюллетень: отметок {count} (допускается не более {limit}).</translation>
    </message>
    <message>
      <source>The last ballot was taken back.</source>
      <translation>Учёт последнего бюллетеня отменён.</translation>
    </message>
  </context>
  <context>
    <name>TallyDialog</name>
    <message>
      <source>Tally by ballot</source>
      <translation>Подсчёт по бюллетеням</translation>
    </message>
    <message>
      <source>&amp;Next ballot</source>
      <translation>&amp;Следующий бюллетень</translation>
    </message>
    <message>
      <source>Count this ballot with the candidates tapped; no mark or too many marks count it invalid.</source>
      <translation>Учесть этот бюллетень с отмеченными кандидатами; бюллетень без отметок или со слишком большим числом отметок учитывается как недействительный.</translation>
    </message>
    <message>
      <source>Declared &amp;invalid</source>
      <translation>Признан &amp;недействительным</translation>
    </message>
    <message>
      <source>The commission declared this ballot invalid for another reason: a non-standard form, or a choice that cannot be determined.</source>
      <translation>Комиссия признала этот бюллетень недействительным по другой причине: бюллетень неустановленной формы или волеизъявление невозможно определить.</translation>
    </message>
    <message>
      <source>&amp;Undo the last ballot</source>
      <translation>&amp;Отменить последний бюллетень</translation>
    </message>
    <message>
      <source>Take back the last ballot counted.</source>
      <translation>Отменить учёт последнего подсчитанного бюллетеня.</translation>
    </message>
    <message>
      <source>&amp;Unused ballots, cancelled (line 5):</source>
      <translation>Неиспользованные (&amp;погашенные) бюллетени (строка 5):</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Закрыть</translation>
    </message>
    <message>
      <source>The tally is kept; it can be continued later.</source>
      <translation>Подсчёт сохраняется; его можно продолжить позже.</translation>
    </message>
  </context>
  <context>
    <name>Terms</name>
    <message>
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>Секретарь</translation>
    </message>
    <message>
      <source>Clerk</source>
      <translation>Член комиссии</translation>
    </message>
    <message>
      <source>SETUP: not open yet</source>
      <translation>ПОДГОТОВКА: ещё не открыт</translation>
    </message>
    <message>
      <source>OPEN: voting</source>
      <translation>ОТКРЫТ: идёт голосование</translation>
    </message>
    <message>
      <source>CLOSED</source>
      <translation>ЗАКРЫТ</translation>
    </message>
    <message>
      <source>COUNTED</source>
      <translation>ПОДСЧИТАН</translation>
    </message>
    <message>
      <source>FINALIZED</source>
      <translation>ЗАВЕРШЁН</translation>
    </message>
    <message>
      <source>Active member</source>
      <translation>Действующий член партии</translation>
    </message>
    <message>
      <source>Membership suspended</source>
      <translation>Членство приостановлено</translation>
    </message>
    <message>
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <source>A CA or chair's certificate</source>
      <translation>Сертификат удостоверяющего центра или председателя</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
      <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Packages refused before are not checked again by themselves: import their folder again.</source>
      <translation>Ранее отклонённые пакеты сами по себе повторно не проверяются: импортируйте их папку ещё раз.</translation>
    </message>
    <message>
      <source>«{subject}» was already trusted for precinct {precinct}.</source>
      <translation>«{subject}» уже в числе доверенных для участка {precinct}.</translation>
    </message>
    <message>
      <source>«{subject}» was already trusted for every precinct.</source>
      <translation>«{subject}» уже в числе доверенных для всех участков.</translation>
    </message>
    <message>
      <source>Trusted the CA «{subject}» for precinct {precinct} (SHA-256 {fingerprint}…).</source>
      <translation>Удостоверяющий центр «{subject}» добавлен в доверенные для участка {precinct} (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>Trusted the CA «{subject}» for every precinct (SHA-256 {fingerprint}…).</source>
      <translation>Удостоверяющий центр «{subject}» добавлен в доверенные для всех участков (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>Trusted the certificate «{subject}» for precinct {precinct} (SHA-256 {fingerprint}…).</source>
      <translation>Сертификат «{subject}» добавлен в доверенные для участка {precinct} (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>Trusted the certificate «{subject}» for every precinct (SHA-256 {fingerprint}…).</source>
      <translation>Сертификат «{subject}» добавлен в доверенные для всех участков (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>every precinct</source>
      <translation>все участки</translation>
    </message>
    <message>
      <source>CA: every key it issued</source>
      <translation>Удостоверяющий центр: все выданные им ключи</translation>
    </message>
    <message>
      <source>chair's certificate</source>
      <translation>сертификат председателя</translation>
    </message>
  </context>
  <context>
    <name>TurnoutController</name>
    <message>
      <source>ballots issued, voids excluded</source>
      <translation>выдано бюллетеней, без аннулированных</translation>
    </message>
    <message>
      <source>of {eligible} eligible members</source>
      <translation>из {eligible} членов партии, имеющих право голоса</translation>
    </message>
    <message>
      <source>by the chair, with reasons</source>
      <translation>председателем, с обоснованием</translation>
    </message>
    <message>
      <source>entered later from the paper list</source>
      <translation>внесено позже из бумажного списка</translation>
    </message>
    <message>
      <source>to be annulled online at the branch</source>
      <translation>онлайн-голоса будут аннулированы в филиале</translation>
    </message>
  </context>
  <context>
    <name>TurnoutForm</name>
    <message>
      <source>Checked in</source>
      <translation>Зарегистрировано</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>Явка</translation>
    </message>
    <message>
      <source>Voided check-ins</source>
      <translation>Аннулированные регистрации</translation>
    </message>
    <message>
      <source>Backfilled from paper</source>
      <translation>Перенесено из бумажного списка</translation>
    </message>
    <message>
      <source>Also voted online</source>
      <translation>Также голосовали онлайн</translation>
    </message>
    <message>
      <source>Check-ins per hour (voided check-ins not counted)</source>
      <translation>Регистрации по часам (без аннулированных)</translation>
    </message>
    <message>
      <source>Ballots per race: end-of-day reconciliation</source>
      <translation>Бюллетени по голосованиям: сверка на конец дня</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Голосование</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Получено</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Выдано</translation>
    </message>
    <message>
      <source>Spoiled</source>
      <translation>Испорчено</translation>
    </message>
    <message>
      <source>Remaining</source>
      <translation>Осталось</translation>
    </message>
    <message>
      <source>Every check-in received one ballot of each race. Remaining = received − issued − spoiled.</source>
      <translation>Каждый зарегистрированный получил по одному бюллетеню каждого голосования. Осталось = получено − выдано − испорчено.</translation>
    </message>
  </context>
  <context>
    <name>VoidController</name>
    <message>
      <source>{name}: checked in at {time} at desk {desk}, receipt {receipt}.</source>
      <translation>{name}: регистрация в {time}, стол {desk}, квитанция {receipt}.</translation>
    </message>
    <message>
      <source>This IIN has no check-in to void.</source>
      <translation>По этому ИИН нет регистрации, которую можно аннулировать.</translation>
    </message>
    <message>
      <source>The check-in of {iin} was voided; the member may be checked in again.</source>
      <translation>Регистрация по ИИН {iin} аннулирована; члена партии можно зарегистрировать снова.</translation>
    </message>
  </context>
  <context>
    <name>VoidDialog</name>
    <message>
      <source>Void a check-in</source>
      <translation>Аннулировать регистрацию</translation>
    </message>
    <message>
      <source>Only the chair may void a check-in, and only with a written reason. The member may then be checked in again. The void is written to the journal.</source>
      <translation>Аннулировать регистрацию может только председатель и только с письменным обоснованием. После этого члена партии можно зарегистрировать снова. Аннулирование записывается в журнал.</translation>
    </message>
    <message>
      <source>&amp;IIN of the member</source>
      <translation>&amp;ИИН члена партии</translation>
    </message>
    <message>
      <source>12 digits</source>
      <translation>12 цифр</translation>
    </message>
    <message>
      <source>&amp;Reason (required)</source>
      <translation>&amp;Причина (обязательно)</translation>
    </message>
    <message>
      <source>For example: the clerk checked in the wrong member of the same family.</source>
      <translation>Например: член комиссии по ошибке зарегистрировал другого члена партии из той же семьи.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Void the check-in</source>
      <translation>Аннулировать регистрацию</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>The officer «{officer}» has been deactivated.</source>
      <comment>auth.inactive_officer</comment>
      <translation>Учётная запись члена комиссии «{officer}» отключена.</translation>
    </message>
    <message>
      <source>Too many wrong PINs for «{officer}»: try again after {until}.</source>
      <comment>auth.locked</comment>
      <translation>Слишком много неверных PIN-кодов для «{officer}»: повторите попытку после {until}.</translation>
    </message>
    <message>
      <source>Log in first.</source>
      <comment>auth.no_session</comment>
      <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
      <source>A PIN is 4 to 12 digits.</source>
      <comment>auth.pin_format</comment>
      <translation>PIN-код должен содержать от 4 до 12 цифр.</translation>
    </message>
    <message>
      <source>A {role} may not do this ({action}); it needs: {allowed}.</source>
      <comment>auth.role</comment>
      <translation>Роль {role} не позволяет выполнить это действие ({action}); нужна роль: {allowed}.</translation>
    </message>
    <message>
      <source>There is no officer with the login «{officer}».</source>
      <comment>auth.unknown_officer</comment>
      <translation>Нет члена комиссии с логином «{officer}».</translation>
    </message>
    <message>
      <source>Wrong PIN for «{officer}». {remaining} attempt(s) left before a lockout.</source>
      <comment>auth.wrong_pin</comment>
      <translation>Неверный PIN-код для «{officer}». Осталось попыток до блокировки: {remaining}.</translation>
    </message>
    <message>
      <source>The copy in {file} failed SQLite's integrity check: {detail}.</source>
      <comment>backup.integrity</comment>
      <translation>Копия в {file} не прошла проверку целостности SQLite: {detail}.</translation>
    </message>
    <message>
      <source>The copy in {file} has a broken journal.</source>
      <comment>backup.journal</comment>
      <translation>В копии {file} повреждён журнал.</translation>
    </message>
    <message>
      <source>No backup folder is set: choose one (a USB stick) first.</source>
      <comment>backup.no_folder</comment>
      <translation>Папка для резервных копий не задана: сначала выберите её (USB-накопитель).</translation>
    </message>
    <message>
      <source>{file} is not a Polling Station station backup.</source>
      <comment>backup.not_a_backup</comment>
      <translation>{file} не является резервной копией участка, созданной программой «Избирательный участок».</translation>
    </message>
    <message>
      <source>Candidate «{candidate}» of race «{race}» is already excluded ({reason}).</source>
      <comment>branch.already_excluded</comment>
      <translation>Кандидат «{candidate}» в голосовании «{race}» уже исключён ({reason}).</translation>
    </message>
    <message>
      <source>«{package}» matches several packages of precinct {precinct}: give more digits.</source>
      <comment>branch.ambiguous_package</comment>
      <translation>«{package}» соответствует нескольким пакетам участка {precinct}: укажите больше цифр.</translation>
    </message>
    <message>
      <source>The file {file} holds no readable certificate (PEM or DER).</source>
      <comment>branch.cert_unreadable</comment>
      <translation>Файл {file} не содержит читаемого сертификата (PEM или DER).</translation>
    </message>
    <message>
      <source>Version {newer} ({newer_package}…) does not continue the journal of version {older} ({older_package}…): it was not made from the same station file.</source>
      <comment>branch.conflict_journal</comment>
      <translation>Версия {newer} ({newer_package}…) не продолжает журнал версии {older} ({older_package}…): она создана не из того же файла участка.</translation>
    </message>
    <message>
      <source>Another, different package of version {version} exists for the precinct ({other}…).</source>
      <comment>branch.conflict_same_version</comment>
      <translation>Для участка есть другой, отличающийся пакет версии {version} ({other}…).</translation>
    </message>
    <message>
      <source>Signed by «{signer}» (certificate {fingerprint}…), but the package {other}… (version {other_version}) of this precinct is signed by «{other_signer}» (certificate {other_fingerprint}…).</source>
      <comment>branch.conflict_signer</comment>
      <translation>Подписан «{signer}» (сертификат {fingerprint}…), но пакет {other}… (версия {other_version}) этого участка подписан «{other_signer}» (сертификат {other_fingerprint}…).</translation>
    </message>
    <message>
      <source>Write the control committee's reason for excluding the candidate.</source>
      <comment>branch.exclusion_reason</comment>
      <translation>Укажите причину исключения кандидата, установленную контрольной комиссией.</translation>
    </message>
    <message>
      <source>Precinct {precinct} has no conflicting packages to resolve.</source>
      <comment>branch.no_conflict</comment>
      <translation>У участка {precinct} нет конфликтующих пакетов, требующих решения.</translation>
    </message>
    <message>
      <source>Import the member roll first (branch new … --roll ROLL, or branch roll-import): online ballots are checked against it.</source>
      <comment>branch.no_roll</comment>
      <translation>Сначала импортируйте список членов партии (branch new … --roll ROLL или branch roll-import): онлайн-бюллетени проверяются по нему.</translation>
    </message>
    <message>
      <source>No certificate is trusted for precinct {precinct}: add the branch CA or the chair's certificate with «branch trust».</source>
      <comment>branch.no_trust</comment>
      <translation>Для участка {precinct} нет доверенного сертификата: добавьте сертификат удостоверяющего центра филиала или сертификат председателя командой «branch trust».</translation>
    </message>
    <message>
      <source>No conflicting package of precinct {precinct} starts with «{package}».</source>
      <comment>branch.not_in_conflict</comment>
      <translation>Ни один конфликтующий пакет участка {precinct} не начинается с «{package}».</translation>
    </message>
    <message>
      <source>Member {iin} already has a different ballot for race «{race}» from the file {file}: neither ballot is counted.</source>
      <comment>branch.online_differs</comment>
      <translation>У члена партии {iin} уже есть другой бюллетень по голосованию «{race}» из файла {file}: ни один из этих бюллетеней не учитывается.</translation>
    </message>
    <message>
      <source>Member {iin} was not eligible to vote: the membership is suspended, or began after the roll cutoff.</source>
      <comment>branch.online_not_eligible</comment>
      <translation>Член партии {iin} не имел права голоса: членство приостановлено или началось после даты формирования списка.</translation>
    </message>
    <message>
      <source>The ballot was cast at {voted_at}, outside the online voting window ({opens} – {closes}).</source>
      <comment>branch.online_outside_window</comment>
      <translation>Бюллетень подан {voted_at}, вне периода онлайн-голосования ({opens} – {closes}).</translation>
    </message>
    <message>
      <source>Race «{race}»: {count} member(s) sent differing online ballots; none of them is counted (results.json lists them).</source>
      <comment>branch.online_set_aside</comment>
      <translation>Голосование «{race}»: членов партии, приславших расходящиеся онлайн-бюллетени: {count}; ни один из этих бюллетеней не учитывается (они перечислены в results.json).</translation>
    </message>
    <message>
      <source>The ballot marks {count} candidates; race «{race}» allows at most {max_choices}.</source>
      <comment>branch.online_too_many_choices</comment>
      <translation>В бюллетене отмечено кандидатов: {count}; в голосовании «{race}» допускается не более {max_choices}.</translation>
    </message>
    <message>
      <source>«{candidate}» is not a candidate of race «{race}».</source>
      <comment>branch.online_unknown_candidate</comment>
      <translation>«{candidate}» не является кандидатом в голосовании «{race}».</translation>
    </message>
    <message>
      <source>The IIN {iin} is not on the member roll.</source>
      <comment>branch.online_unknown_member</comment>
      <translation>ИИН {iin} отсутствует в списке членов партии.</translation>
    </message>
    <message>
      <source>There is no race «{race}» in this election.</source>
      <comment>branch.online_unknown_race</comment>
      <translation>В этих выборах нет голосования «{race}».</translation>
    </message>
    <message>
      <source>Member {iin} belongs to precinct {precinct}, which does not vote in race «{race}».</source>
      <comment>branch.online_wrong_race</comment>
      <translation>Член партии {iin} относится к участку {precinct}, который не участвует в голосовании «{race}».</translation>
    </message>
    <message>
      <source>{file} changed while it was being imported; import it again.</source>
      <comment>branch.package_changed</comment>
      <translation>Файл {file} изменился во время импорта; импортируйте его ещё раз.</translation>
    </message>
    <message>
      <source>The package lists {listed} check-ins but its protocol says {issued} ballots were issued (line 3).</source>
      <comment>branch.package_checkins</comment>
      <translation>В пакете указано регистраций: {listed}, а в его протоколе — выдано бюллетеней: {issued} (строка 3).</translation>
    </message>
    <message>
      <source>Verification failed: {detail}</source>
      <comment>branch.package_invalid</comment>
      <translation>Проверка не пройдена: {detail}</translation>
    </message>
    <message>
      <source>The package is for election «{found}», not «{expected}».</source>
      <comment>branch.package_other_election</comment>
      <translation>Пакет относится к выборам «{found}», а не «{expected}».</translation>
    </message>
    <message>
      <source>The protocol of precinct {precinct} does not match the election: {detail}.</source>
      <comment>branch.package_races</comment>
      <translation>Протокол участка {precinct} не соответствует выборам: {detail}.</translation>
    </message>
    <message>
      <source>The package is for precinct «{precinct}», which this election does not have.</source>
      <comment>branch.package_unknown_precinct</comment>
      <translation>Пакет относится к участку «{precinct}», которого нет в этих выборах.</translation>
    </message>
    <message>
      <source>{file} is not a precinct package: {reason}.</source>
      <comment>branch.package_unreadable</comment>
      <translation>{file} не является пакетом участка: {reason}.</translation>
    </message>
    <message>
      <source>The report was not written: the branch file was changed outside the application ({tables}), so its figures can no longer be trusted. Rebuild the branch file from the packages and online files, or go back to a copy whose data match its journal.</source>
      <comment>branch.report_tampered</comment>
      <translation>Отчёт не записан: файл филиала изменён вне программы ({tables}), поэтому его данным больше нельзя доверять. Создайте файл филиала заново из пакетов и онлайн-файлов или вернитесь к копии, данные которой соответствуют её журналу.</translation>
    </message>
    <message>
      <source>Write the commission's reason for choosing this package.</source>
      <comment>branch.resolution_reason</comment>
      <translation>Укажите причину, по которой комиссия выбрала этот пакет.</translation>
    </message>
    <message>
      <source>{rejected} row(s) of {file} are invalid; with --strict nothing was imported.</source>
      <comment>branch.roll_rejected</comment>
      <translation>Ошибочных строк в {file}: {rejected}; с --strict ничего не импортировано.</translation>
    </message>
    <message>
      <source>Precinct «{value}» is not a precinct of this election.</source>
      <comment>branch.roll_unknown_precinct</comment>
      <translation>Участок «{value}» не входит в эти выборы.</translation>
    </message>
    <message>
      <source>The package is signed by «{signer}», but its protocol names «{chair}» as the chair.</source>
      <comment>branch.signer_not_chair</comment>
      <translation>Пакет подписан «{signer}», но в его протоколе председателем указан «{chair}».</translation>
    </message>
    <message>
      <source>The package is signed by «{signer}», whose certificate is trusted for precinct(s) {precincts} only, not for precinct {precinct}.</source>
      <comment>branch.signer_other_precinct</comment>
      <translation>Пакет подписан «{signer}», чей сертификат является доверенным только для участков {precincts}, а не для участка {precinct}.</translation>
    </message>
    <message>
      <source>The package of precinct {precinct} is signed by «{signer}», who already signed the protocol of precinct(s) {precincts} (the same certificate or the same IIN): a chair's key signs for one precinct only.</source>
      <comment>branch.signer_pinned_elsewhere</comment>
      <translation>Пакет участка {precinct} подписан «{signer}», который уже подписал протокол участков {precincts} (тот же сертификат или тот же ИИН): ключом председателя подписывается только один участок.</translation>
    </message>
    <message>
      <source>{document} is signed by «{signer}», whose certificate does not lead to one this branch trusts for precinct {precinct}.</source>
      <comment>branch.signer_untrusted</comment>
      <translation>{document} подписан «{signer}», чей сертификат не ведёт к сертификату, которому этот филиал доверяет для участка {precinct}.</translation>
    </message>
    <message>
      <source>The election definition stored in the branch file was changed outside the application.</source>
      <comment>branch.tamper_election</comment>
      <translation>Описание выборов в файле филиала изменено вне программы.</translation>
    </message>
    <message>
      <source>{table}: the rows that {source} brought in were changed outside the application ({found} rows in the file, {expected} recorded by journal entry {seq}).</source>
      <comment>branch.tamper_rows</comment>
      <translation>{table}: строки, внесённые из {source}, изменены вне программы (в файле строк: {found}, по записи журнала {seq}: {expected}).</translation>
    </message>
    <message>
      <source>Race «{race}» has no candidate «{candidate}».</source>
      <comment>branch.unknown_candidate</comment>
      <translation>В голосовании «{race}» нет кандидата «{candidate}».</translation>
    </message>
    <message>
      <source>The election «{election}» has no precinct «{precinct}».</source>
      <comment>branch.unknown_precinct</comment>
      <translation>В выборах «{election}» нет участка «{precinct}».</translation>
    </message>
    <message>
      <source>The election has no race «{race}».</source>
      <comment>branch.unknown_race</comment>
      <translation>В выборах нет голосования «{race}».</translation>
    </message>
    <message>
      <source>Item «{item}»: «{field}» is not part of an answer (answer, note).</source>
      <comment>checklist.answer_unknown_field</comment>
      <translation>Пункт «{item}»: «{field}» не входит в ответ (answer, note).</translation>
    </message>
    <message>
      <source>The answers to the {checklist} checklist must be an object of item id → answer.</source>
      <comment>checklist.answers_not_object</comment>
      <translation>Ответы на контрольный лист «{checklist}» должны быть объектом вида «id пункта → ответ».</translation>
    </message>
    <message>
      <source>Item «{item}»: the answer «{found}» must be yes, no or na.</source>
      <comment>checklist.bad_answer</comment>
      <translation>Пункт «{item}»: ответ «{found}» должен быть yes, no или na.</translation>
    </message>
    <message>
      <source>{source}: {path} must be a whole number of minutes from {min} to {max}, not «{found}».</source>
      <comment>checklist.bad_frequency</comment>
      <translation>{source}: {path} должно быть целым числом минут от {min} до {max}, а не «{found}».</translation>
    </message>
    <message>
      <source>{source}: {path} (item {index}) is «{found}»; an id is lowercase Latin letters, digits and underscores, starting with a letter.</source>
      <comment>checklist.bad_item_id</comment>
      <translation>{source}: {path} (пункт {index}) — «{found}»; id состоит из строчных латинских букв, цифр и знаков подчёркивания и начинается с буквы.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} must be true or false, not «{found}».</source>
      <comment>checklist.bad_mandatory</comment>
      <translation>{source}: пункт {index} «{item}»: {path} должно быть true или false, а не «{found}».</translation>
    </message>
    <message>
      <source>Item «{item}»: the note must be text.</source>
      <comment>checklist.bad_note</comment>
      <translation>Пункт «{item}»: примечание должно быть текстом.</translation>
    </message>
    <message>
      <source>{source}: {path} must be a positive whole number, not «{found}».</source>
      <comment>checklist.bad_version</comment>
      <translation>{source}: {path} должно быть целым положительным числом, а не «{found}».</translation>
    </message>
    <message>
      <source>{source}: {path} (item {index}) repeats the id «{item}» of item {first_index}.</source>
      <comment>checklist.duplicate_item_id</comment>
      <translation>{source}: {path} (пункт {index}) повторяет id «{item}» пункта {first_index}.</translation>
    </message>
    <message>
      <source>Every mandatory item of the {checklist} checklist is yes: no exception was recorded.</source>
      <comment>checklist.exception_not_needed</comment>
      <translation>Все обязательные пункты контрольного листа «{checklist}» отмечены «да»: отступление не записано.</translation>
    </message>
    <message>
      <source>An exception to the {checklist} checklist needs a written reason.</source>
      <comment>checklist.exception_reason_empty</comment>
      <translation>Для отступления от контрольного листа «{checklist}» нужно письменное обоснование.</translation>
    </message>
    <message>
      <source>{source}: {path} is «{found}»; this program reads «{expected}».</source>
      <comment>checklist.format</comment>
      <translation>{source}: {path} — «{found}»; эта программа читает «{expected}».</translation>
    </message>
    <message>
      <source>{source}: {path}: only the periodic checklist repeats; the {name} checklist takes no frequency.</source>
      <comment>checklist.frequency_not_periodic</comment>
      <translation>{source}: {path}: повторяется только периодический контрольный лист; для контрольного листа «{name}» частота не задаётся.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} must be a whole number of minutes from {min} to {max}, not «{found}».</source>
      <comment>checklist.item_bad_frequency</comment>
      <translation>{source}: пункт {index} «{item}»: {path} должно быть целым числом минут от {min} до {max}, а не «{found}».</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path}: only the periodic checklist repeats its items.</source>
      <comment>checklist.item_frequency_not_periodic</comment>
      <translation>{source}: пункт {index} «{item}»: {path}: повторять пункты может только периодический контрольный лист.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}» has no {path}.</source>
      <comment>checklist.item_missing_field</comment>
      <translation>{source}: у пункта {index} «{item}» нет {path}.</translation>
    </message>
    <message>
      <source>{source}: {path} (item {index}) must be a JSON object.</source>
      <comment>checklist.item_not_object</comment>
      <translation>{source}: {path} (пункт {index}) должно быть объектом JSON.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} must be an object with kk, ru and en texts.</source>
      <comment>checklist.item_text_not_object</comment>
      <translation>{source}: пункт {index} «{item}»: {path} должно быть объектом с текстами kk, ru и en.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} is not a field of a checklist item.</source>
      <comment>checklist.item_unknown_field</comment>
      <translation>{source}: пункт {index} «{item}»: {path} не является полем пункта контрольного листа.</translation>
    </message>
    <message>
      <source>Mandatory item «{item}» of the {checklist} checklist is answered «{answer}», not yes.</source>
      <comment>checklist.mandatory_not_yes</comment>
      <translation>Обязательный пункт «{item}» контрольного листа «{checklist}» имеет ответ «{answer}», а не «да».</translation>
    </message>
    <message>
      <source>Mandatory item «{item}» of the {checklist} checklist has no answer.</source>
      <comment>checklist.mandatory_unanswered</comment>
      <translation>Обязательный пункт «{item}» контрольного листа «{checklist}» не имеет ответа.</translation>
    </message>
    <message>
      <source>{source}: the required field {path} is missing.</source>
      <comment>checklist.missing_field</comment>
      <translation>{source}: отсутствует обязательное поле {path}.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}» has no {lang} text ({path}).</source>
      <comment>checklist.missing_text</comment>
      <translation>{source}: у пункта {index} «{item}» нет текста на языке {lang} ({path}).</translation>
    </message>
    <message>
      <source>{source}: the title has no {lang} text ({path}).</source>
      <comment>checklist.missing_title</comment>
      <translation>{source}: у заголовка нет текста на языке {lang} ({path}).</translation>
    </message>
    <message>
      <source>{source}: {path} must be a non-empty list of items.</source>
      <comment>checklist.no_items</comment>
      <translation>{source}: {path} должно быть непустым списком пунктов.</translation>
    </message>
    <message>
      <source>The {checklist} checklist has not been completed.</source>
      <comment>checklist.not_done</comment>
      <translation>Контрольный лист «{checklist}» не заполнен.</translation>
    </message>
    <message>
      <source>{source}: {path} must be a JSON object (a checklist template).</source>
      <comment>checklist.not_object</comment>
      <translation>{source}: {path} должно быть объектом JSON (шаблоном контрольного листа).</translation>
    </message>
    <message>
      <source>Item «{item}» is answered no: a note must say what is wrong.</source>
      <comment>checklist.note_required</comment>
      <translation>На пункт «{item}» дан ответ «нет»: в примечании нужно указать, что не так.</translation>
    </message>
    <message>
      <source>{source}: {path} must be an object with kk, ru and en texts.</source>
      <comment>checklist.text_not_object</comment>
      <translation>{source}: {path} должно быть объектом с текстами kk, ru и en.</translation>
    </message>
    <message>
      <source>Item «{item}» of the {checklist} checklist has no answer.</source>
      <comment>checklist.unanswered</comment>
      <translation>Пункт «{item}» контрольного листа «{checklist}» не имеет ответа.</translation>
    </message>
    <message>
      <source>{source}: {path} is «{found}», but the template is used as the {expected} checklist.</source>
      <comment>checklist.unexpected_name</comment>
      <translation>{source}: {path} — «{found}», но шаблон используется как контрольный лист «{expected}».</translation>
    </message>
    <message>
      <source>{source}: {path} is not a field of a checklist template.</source>
      <comment>checklist.unknown_field</comment>
      <translation>{source}: {path} не является полем шаблона контрольного листа.</translation>
    </message>
    <message>
      <source>The {checklist} checklist has no item «{item}».</source>
      <comment>checklist.unknown_item</comment>
      <translation>В контрольном листе «{checklist}» нет пункта «{item}».</translation>
    </message>
    <message>
      <source>{source}: {path} is «{found}»; a checklist is named opening, periodic or closing.</source>
      <comment>checklist.unknown_name</comment>
      <translation>{source}: {path} — «{found}»; контрольный лист может называться opening, periodic или closing.</translation>
    </message>
    <message>
      <source>Write the explanation of control relation {relation}.</source>
      <comment>count.explain_empty</comment>
      <translation>Напишите пояснение к контрольному соотношению {relation}.</translation>
    </message>
    <message>
      <source>Control relation {relation} is an error: it is corrected by a recount, not explained.</source>
      <comment>count.explain_error</comment>
      <translation>Нарушение контрольного соотношения {relation} — ошибка: её исправляют пересчётом, а не пояснением.</translation>
    </message>
    <message>
      <source>Control relation {relation} holds for race «{race}»: there is nothing to explain.</source>
      <comment>count.explain_holds</comment>
      <translation>Контрольное соотношение {relation} в голосовании «{race}» выполняется: пояснять нечего.</translation>
    </message>
    <message>
      <source>Explain a warning once both entries of race «{race}» agree.</source>
      <comment>count.explain_not_agreed</comment>
      <translation>Пояснение к предупреждению можно дать, когда оба ввода по голосованию «{race}» совпадут.</translation>
    </message>
    <message>
      <source>There is no control relation «{relation}».</source>
      <comment>count.explain_unknown</comment>
      <translation>Контрольного соотношения «{relation}» не существует.</translation>
    </message>
    <message>
      <source>The count of race «{race}» is not agreed yet: two officers must type it and their entries must agree.</source>
      <comment>count.not_agreed</comment>
      <translation>Подсчёт по голосованию «{race}» ещё не согласован: его должны ввести два члена комиссии, и их вводы должны совпасть.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} fails. Recount, correct the count sheet, and have both entries typed again.</source>
      <comment>count.relation_error</comment>
      <translation>Голосование «{race}»: контрольное соотношение {relation} не выполняется. Пересчитайте, исправьте лист подсчёта и заново выполните оба ввода.</translation>
    </message>
    <message>
      <source>The count of race «{race}» is already agreed; the chair must reopen it before more ballots are tallied.</source>
      <comment>count.tally_agreed</comment>
      <translation>Подсчёт по голосованию «{race}» уже согласован; чтобы учитывать ещё бюллетени, председатель должен возобновить подсчёт.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} is a warning that needs a written explanation for the protocol.</source>
      <comment>count.warning_unexplained</comment>
      <translation>Голосование «{race}»: нарушение контрольного соотношения {relation} — предупреждение, для протокола нужно письменное пояснение.</translation>
    </message>
    <message>
      <source>Field «{field}» is missing: every candidate of race «{race}» needs a number of votes, 0 included.</source>
      <comment>count_sheet.candidate_missing</comment>
      <translation>Отсутствует поле «{field}»: для каждого кандидата в голосовании «{race}» нужно число голосов, в том числе 0.</translation>
    </message>
    <message>
      <source>Field «{field}» appears more than once.</source>
      <comment>count_sheet.duplicate</comment>
      <translation>Поле «{field}» встречается более одного раза.</translation>
    </message>
    <message>
      <source>Field «{field}» is missing.</source>
      <comment>count_sheet.missing</comment>
      <translation>Отсутствует поле «{field}».</translation>
    </message>
    <message>
      <source>Field «{field}» must not be negative ({value}).</source>
      <comment>count_sheet.negative</comment>
      <translation>Поле «{field}» не может быть отрицательным ({value}).</translation>
    </message>
    <message>
      <source>Field «{field}» must be a whole number, not {value}.</source>
      <comment>count_sheet.not_integer</comment>
      <translation>Поле «{field}» должно быть целым числом, а не {value}.</translation>
    </message>
    <message>
      <source>The count sheet is not valid JSON: {reason} (line {line}, column {column}).</source>
      <comment>count_sheet.not_json</comment>
      <translation>Лист подсчёта не является корректным JSON: {reason} (строка {line}, столбец {column}).</translation>
    </message>
    <message>
      <source>A count sheet must be a JSON object with the fields race, unused, found_in_box, invalid and votes.</source>
      <comment>count_sheet.not_object</comment>
      <translation>Лист подсчёта должен быть объектом JSON с полями race, unused, found_in_box, invalid и votes.</translation>
    </message>
    <message>
      <source>Field «{field}» is {found}, but this count sheet is for race «{expected}».</source>
      <comment>count_sheet.race_mismatch</comment>
      <translation>Поле «{field}» имеет значение {found}, но этот лист подсчёта относится к голосованию «{expected}».</translation>
    </message>
    <message>
      <source>Field «{field}»: «{candidate}» is not a candidate of race «{race}».</source>
      <comment>count_sheet.unknown_candidate</comment>
      <translation>Поле «{field}»: «{candidate}» не является кандидатом в голосовании «{race}».</translation>
    </message>
    <message>
      <source>Field «{field}» is not part of a count sheet and was ignored.</source>
      <comment>count_sheet.unknown_field</comment>
      <translation>Поле «{field}» не входит в лист подсчёта и пропущено.</translation>
    </message>
    <message>
      <source>Field «{field}» must be an object: candidate id → number of votes.</source>
      <comment>count_sheet.votes_not_object</comment>
      <translation>Поле «{field}» должно быть объектом: id кандидата → число голосов.</translation>
    </message>
    <message>
      <source>{folder} already holds a demo ({files}). Open its station with «polling-station» and choose the file, or build the demo again with --replace (its station and everything done in it are deleted).</source>
      <comment>demo.exists</comment>
      <translation>В {folder} уже есть демонстрационные выборы ({files}). Откройте их участок командой «polling-station» и выберите файл или создайте демонстрацию заново с --replace (её участок и всё, что в нём сделано, будут удалены).</translation>
    </message>
    <message>
      <source>The count of race «{race}» is already agreed; the chair must reopen it before it is typed again.</source>
      <comment>double_entry.already_agreed</comment>
      <translation>Подсчёт по голосованию «{race}» уже согласован; чтобы ввести его заново, председатель должен возобновить подсчёт.</translation>
    </message>
    <message>
      <source>There is no entry {entry}: a count sheet is typed as entry 1 and entry 2.</source>
      <comment>double_entry.bad_entry_number</comment>
      <translation>Ввода {entry} не существует: лист подсчёта вводится как ввод 1 и ввод 2.</translation>
    </message>
    <message>
      <source>Only the chair may discard an entry of a count sheet.</source>
      <comment>double_entry.discard_chair_only</comment>
      <translation>Отклонить ввод листа подсчёта может только председатель.</translation>
    </message>
    <message>
      <source>The two entries of race «{race}» differ on {count} lines: {fields}. Recount those lines and retype them.</source>
      <comment>double_entry.entries_differ</comment>
      <translation>Два ввода по голосованию «{race}» расходятся в строках ({count}): {fields}. Пересчитайте эти строки и введите их заново.</translation>
    </message>
    <message>
      <source>Entry 2 of race «{race}» cannot be typed before entry 1.</source>
      <comment>double_entry.first_missing</comment>
      <translation>Ввод 2 по голосованию «{race}» нельзя сделать раньше ввода 1.</translation>
    </message>
    <message>
      <source>Entry {entry} of race «{race}» was typed by officer {owner}; only they may retype it, or the chair may discard it.</source>
      <comment>double_entry.not_your_entry</comment>
      <translation>Ввод {entry} по голосованию «{race}» сделал член комиссии {owner}; повторить его может только этот член комиссии, либо председатель может его отклонить.</translation>
    </message>
    <message>
      <source>Entry {entry} of race «{race}» has not been typed.</source>
      <comment>double_entry.nothing_to_discard</comment>
      <translation>Ввод {entry} по голосованию «{race}» ещё не сделан.</translation>
    </message>
    <message>
      <source>The count of race «{race}» has not been typed yet.</source>
      <comment>double_entry.nothing_to_reopen</comment>
      <translation>Подсчёт по голосованию «{race}» ещё не вводился.</translation>
    </message>
    <message>
      <source>Only the chair may reopen the count of a race.</source>
      <comment>double_entry.reopen_chair_only</comment>
      <translation>Возобновить подсчёт по голосованию может только председатель.</translation>
    </message>
    <message>
      <source>A {role} may not type entry {entry} of a count sheet (allowed: {allowed}).</source>
      <comment>double_entry.role_not_allowed</comment>
      <translation>Роль {role} не позволяет делать ввод {entry} листа подсчёта (допускаются: {allowed}).</translation>
    </message>
    <message>
      <source>Officer {officer} typed entry 1 of race «{race}»; entry 2 must be typed by a different officer.</source>
      <comment>double_entry.same_officer</comment>
      <translation>Член комиссии {officer} сделал ввод 1 по голосованию «{race}»; ввод 2 должен сделать другой член комиссии.</translation>
    </message>
    <message>
      <source>This count sheet is for race «{found}», not «{expected}».</source>
      <comment>double_entry.wrong_race</comment>
      <translation>Этот лист подсчёта относится к голосованию «{found}», а не «{expected}».</translation>
    </message>
    <message>
      <source>{path}: «{value}» is not a date (YYYY-MM-DD).</source>
      <comment>election.date</comment>
      <translation>{path}: «{value}» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <source>{path}: «{value}» is not a time with an offset (ISO 8601, e.g. 2020-10-01T08:00:00+06:00).</source>
      <comment>election.datetime</comment>
      <translation>{path}: «{value}» не является временем со смещением (ISO 8601, например 2020-10-01T08:00:00+06:00).</translation>
    </message>
    <message>
      <source>{path}: the id «{id}» is used twice.</source>
      <comment>election.duplicate_id</comment>
      <translation>{path}: id «{id}» используется дважды.</translation>
    </message>
    <message>
      <source>{path}: the format must be «{expected}», found «{found}».</source>
      <comment>election.format</comment>
      <translation>{path}: формат должен быть «{expected}», найден «{found}».</translation>
    </message>
    <message>
      <source>{path}: the IIN «{value}» is not valid.</source>
      <comment>election.iin</comment>
      <translation>{path}: ИИН «{value}» неверен.</translation>
    </message>
    <message>
      <source>{path}: max_choices ({value}) exceeds the number of candidates ({candidates}).</source>
      <comment>election.max_choices</comment>
      <translation>{path}: max_choices ({value}) превышает число кандидатов ({candidates}).</translation>
    </message>
    <message>
      <source>{path}: this field is required.</source>
      <comment>election.missing</comment>
      <translation>{path}: это поле обязательно.</translation>
    </message>
    <message>
      <source>{path}: expected a JSON object.</source>
      <comment>election.not_object</comment>
      <translation>{path}: ожидается объект JSON.</translation>
    </message>
    <message>
      <source>{path}: must be one of {allowed}, found «{value}».</source>
      <comment>election.policy</comment>
      <translation>{path}: допустимые значения — {allowed}, найдено «{value}».</translation>
    </message>
    <message>
      <source>{path}: {value} is out of range ({low}..{high}).</source>
      <comment>election.range</comment>
      <translation>{path}: {value} вне допустимого диапазона ({low}..{high}).</translation>
    </message>
    <message>
      <source>{path}: sex must be «M» or «F», found «{value}».</source>
      <comment>election.sex</comment>
      <translation>{path}: пол должен быть «M» или «F», найдено «{value}».</translation>
    </message>
    <message>
      <source>{path}: expected {expected}.</source>
      <comment>election.type</comment>
      <translation>{path}: ожидается {expected}.</translation>
    </message>
    <message>
      <source>{path}: «{id}» is not a known {kind}.</source>
      <comment>election.unknown_ref</comment>
      <translation>{path}: неизвестный идентификатор «{id}» (тип: {kind}).</translation>
    </message>
    <message>
      <source>{path}: the voting day {voting_day} is before the roll cutoff {cutoff}; the cutoff must be on or before the voting day.</source>
      <comment>election.voting_before_cutoff</comment>
      <translation>{path}: день голосования {voting_day} раньше даты формирования списка {cutoff}; дата формирования списка должна быть не позже дня голосования.</translation>
    </message>
    <message>
      <source>{path}: the online voting window must end after it starts.</source>
      <comment>election.window</comment>
      <translation>{path}: период онлайн-голосования должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
      <source>{file}, line {line}, column {column}: not valid JSON ({reason}).</source>
      <comment>election_file.json</comment>
      <translation>{file}, строка {line}, столбец {column}: некорректный JSON ({reason}).</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <comment>election_file.unreadable</comment>
      <translation>Не удаётся прочитать {file}: {reason}.</translation>
    </message>
    <message>
      <source>{name} already received a ballot here at {at} from {officer_name} (login {officer}) at desk {desk}.</source>
      <comment>eligibility.already_checked_in</comment>
      <translation>{name} уже получил(а) бюллетень на этом участке в {at}: выдал(а) {officer_name} (логин {officer}), стол {desk}.</translation>
    </message>
    <message>
      <source>A check-in entered from the paper list needs the time written on the list.</source>
      <comment>eligibility.backfill_no_time</comment>
      <translation>Для регистрации, переносимой из бумажного списка, нужно время, записанное в списке.</translation>
    </message>
    <message>
      <source>The time {at} is outside the hours the station was open ({opened} to {until}).</source>
      <comment>eligibility.backfill_outside_hours</comment>
      <translation>Время {at} — вне часов работы участка (с {opened} до {until}).</translation>
    </message>
    <message>
      <source>{name} joined the party on {joined_on}, after the roll cutoff of {cutoff}.</source>
      <comment>eligibility.joined_after_cutoff</comment>
      <translation>{name}: дата вступления в партию {joined_on} — позже даты формирования списка ({cutoff}).</translation>
    </message>
    <message>
      <source>No ballot is left for «{name}» (race {race}): {received} received, {issued} issued, {spoiled} spoiled; the chair or the secretary must first record the further ballots received.</source>
      <comment>eligibility.no_ballot_left</comment>
      <translation>По голосованию «{name}» ({race}) не осталось бюллетеней: получено {received}, выдано {issued}, испорчено {spoiled}; сначала председатель или секретарь должен записать дополнительно полученные бюллетени.</translation>
    </message>
    <message>
      <source>The IIN {iin} is not in this station's roll; check with the party's branch office.</source>
      <comment>eligibility.not_on_roll</comment>
      <translation>ИИН {iin} отсутствует в списке этого участка; уточните в филиале партии.</translation>
    </message>
    <message>
      <source>The {role} may not issue ballots (Elections law, Art. 41): a clerk must do it.</source>
      <comment>eligibility.officer_may_not_issue</comment>
      <translation>Роль {role} не позволяет выдавать бюллетени (Закон о выборах, ст. 41): бюллетень выдаёт член комиссии.</translation>
    </message>
    <message>
      <source>{name} is on the roll of precinct {precinct} ({precinct_name}, {address}), not of this one.</source>
      <comment>eligibility.other_precinct</comment>
      <translation>{name}: в списке участка {precinct} ({precinct_name}, {address}), а не этого участка.</translation>
    </message>
    <message>
      <source>Ballots are issued only while the station is open (it is {state}).</source>
      <comment>eligibility.station_not_open</comment>
      <translation>Бюллетени выдаются только пока участок открыт (состояние участка: {state}).</translation>
    </message>
    <message>
      <source>{name}'s party membership is suspended.</source>
      <comment>eligibility.suspended</comment>
      <translation>{name}: членство в партии приостановлено.</translation>
    </message>
    <message>
      <source>{name} already voted online at {at}; this election refuses a paper ballot.</source>
      <comment>eligibility.voted_online_refused</comment>
      <translation>{name}: онлайн-голос уже подан в {at}; на этих выборах бумажный бюллетень в таком случае не выдаётся.</translation>
    </message>
    <message>
      <source>{name} already voted online at {at}. The paper ballot prevails: the online vote will be annulled at the branch office.</source>
      <comment>eligibility.voted_online_warning</comment>
      <translation>{name}: онлайн-голос уже подан в {at}. Приоритет имеет бумажный бюллетень: онлайн-голос будет аннулирован в филиале.</translation>
    </message>
    <message>
      <source>The package could not be written to {folder}: {reason}.</source>
      <comment>export.failed</comment>
      <translation>Не удалось записать пакет в {folder}: {reason}.</translation>
    </message>
    <message>
      <source>There is no room left in {folder}. Free some space or choose another USB stick.</source>
      <comment>export.full</comment>
      <translation>В {folder} не осталось места. Освободите место или выберите другой USB-накопитель.</translation>
    </message>
    <message>
      <source>{path} is a folder; give the package a file name (for example protocol-101.zip).</source>
      <comment>export.is_directory</comment>
      <translation>{path} — это папка; укажите имя файла пакета (например, protocol-101.zip).</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to (read-only or no permission). Choose another folder or unlock the USB stick.</source>
      <comment>export.read_only</comment>
      <translation>В папку {folder} нельзя записать (только для чтения или нет прав). Выберите другую папку или снимите защиту от записи с USB-накопителя.</translation>
    </message>
    <message>
      <source>The folder {folder} is no longer there (was the USB stick removed?). Insert it again and export again.</source>
      <comment>export.vanished</comment>
      <translation>Папки {folder} больше нет (USB-накопитель извлечён?). Вставьте его снова и повторите экспорт.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» encodes the birth date {encoded}, the roll says {given}.</source>
      <comment>iin.birth_date_differs</comment>
      <translation>В ИИН «{iin}» закодирована дата рождения {encoded}, а в списке — {given}.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» cannot exist: its 7th digit (century and sex) is {digit}; only 1 to 6 are issued.</source>
      <comment>iin.century_digit</comment>
      <translation>ИИН «{iin}» не может существовать: его 7-я цифра (век и пол) — {digit}; выдаются только цифры от 1 до 6.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» has a wrong check digit ({found}; expected {expected}).</source>
      <comment>iin.check_digit</comment>
      <translation>У ИИН «{iin}» неверная контрольная цифра ({found}; ожидается {expected}).</translation>
    </message>
    <message>
      <source>The IIN is missing.</source>
      <comment>iin.empty</comment>
      <translation>ИИН не указан.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» has {length} digits; it must have 12.</source>
      <comment>iin.length</comment>
      <translation>ИИН «{iin}» содержит цифр: {length}; должно быть 12.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» cannot exist: its check digit computes to 10 twice.</source>
      <comment>iin.never_issued</comment>
      <translation>ИИН «{iin}» не может существовать: контрольная цифра дважды вычисляется как 10.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» must be 12 digits.</source>
      <comment>iin.not_digits</comment>
      <translation>ИИН «{iin}» должен состоять из 12 цифр.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» encodes sex {encoded}, the roll says {given}.</source>
      <comment>iin.sex_differs</comment>
      <translation>В ИИН «{iin}» закодирован пол {encoded}, а в списке — {given}.</translation>
    </message>
    <message>
      <source>The kind of incident must be one of: {allowed}.</source>
      <comment>incident.kind</comment>
      <translation>Вид инцидента должен быть одним из: {allowed}.</translation>
    </message>
    <message>
      <source>Describe the incident.</source>
      <comment>incident.text</comment>
      <translation>Опишите инцидент.</translation>
    </message>
    <message>
      <source>Journal entry {seq} records «{action}», which this version cannot check: update Polling Station.</source>
      <comment>integrity.unknown_action</comment>
      <translation>Запись журнала {seq} содержит действие «{action}», которое эта версия не может проверить: обновите программу «Избирательный участок».</translation>
    </message>
    <message>
      <source>Journal entry {missing} is missing (the entries jump from {previous} to {seq}).</source>
      <comment>journal.gap</comment>
      <translation>Запись журнала {missing} отсутствует (после записи {previous} сразу идёт запись {seq}).</translation>
    </message>
    <message>
      <source>Journal entries {first} to {last} are missing (the entries jump from {previous} to {seq}).</source>
      <comment>journal.gap_range</comment>
      <translation>Записи журнала с {first} по {last} отсутствуют (после записи {previous} сразу идёт запись {seq}).</translation>
    </message>
    <message>
      <source>Journal entry {seq} ({action}) was altered after it was written.</source>
      <comment>journal.hash</comment>
      <translation>Запись журнала {seq} ({action}) изменена после внесения.</translation>
    </message>
    <message>
      <source>The journal ends at entry {last} but the station recorded entry {head} as the last: entries were removed.</source>
      <comment>journal.head</comment>
      <translation>Журнал заканчивается записью {last}, но участок зафиксировал последней запись {head}: записи были удалены.</translation>
    </message>
    <message>
      <source>The last journal entry ({seq}) differs from the one the station recorded.</source>
      <comment>journal.head_hash</comment>
      <translation>Последняя запись журнала ({seq}) отличается от той, которую зафиксировал участок.</translation>
    </message>
    <message>
      <source>Journal entry {seq} does not follow entry {previous}: the chain is broken there.</source>
      <comment>journal.link</comment>
      <translation>Запись журнала {seq} не следует за записью {previous}: цепочка в этом месте нарушена.</translation>
    </message>
    <message>
      <source>Journal entry {seq} comes after entry {previous}: entries are repeated or out of order.</source>
      <comment>journal.order</comment>
      <translation>Запись журнала {seq} идёт после записи {previous}: записи повторяются или нарушен их порядок.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» is not valid; a key cannot be issued for it.</source>
      <comment>key.bad_iin</comment>
      <translation>ИИН «{iin}» неверен; ключ для него выпустить нельзя.</translation>
    </message>
    <message>
      <source>A key file needs a password.</source>
      <comment>key.empty_password</comment>
      <translation>Для файла ключа нужен пароль.</translation>
    </message>
    <message>
      <source>The file {path} already exists; it is not overwritten.</source>
      <comment>key.exists</comment>
      <translation>Файл {path} уже существует; он не перезаписывается.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») expired on {not_after}.</source>
      <comment>key.expired</comment>
      <translation>Срок действия ключа в {path} («{subject}») истёк {not_after}.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is not a certification authority's key.</source>
      <comment>key.not_a_ca</comment>
      <translation>Ключ в {path} («{subject}») не является ключом удостоверяющего центра.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is not a signing key: its certificate is not issued for digital signature and non-repudiation (an AUTH_ key is for logging in only).</source>
      <comment>key.not_for_signing</comment>
      <translation>Ключ в {path} («{subject}») не предназначен для подписи: его сертификат выпущен не для ЭЦП и неотрекаемости (ключ AUTH_ служит только для входа).</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is valid only from {not_before}.</source>
      <comment>key.not_yet_valid</comment>
      <translation>Ключ в {path} («{subject}») действителен только с {not_before}.</translation>
    </message>
    <message>
      <source>The file {path} is not a readable PKCS#12 key file.</source>
      <comment>key.unreadable</comment>
      <translation>Файл {path} не является читаемым файлом ключа PKCS#12.</translation>
    </message>
    <message>
      <source>The key file {path} uses GOST algorithms, which need the national CA's software; use an RSA key (RSA256_….p12).</source>
      <comment>key.unsupported_algorithm</comment>
      <translation>Файл ключа {path} использует алгоритмы ГОСТ, для которых нужно программное обеспечение НУЦ РК; используйте ключ RSA (RSA256_….p12).</translation>
    </message>
    <message>
      <source>The password does not open the key file {path}.</source>
      <comment>key.wrong_password</comment>
      <translation>Пароль не подходит к файлу ключа {path}.</translation>
    </message>
    <message>
      <source>The manifest's signature must be detached and carry one signer.</source>
      <comment>manifest.signature_not_detached</comment>
      <translation>Подпись манифеста должна быть откреплённой и содержать одного подписанта.</translation>
    </message>
    <message>
      <source>The manifest's signature file is not a readable CMS signature.</source>
      <comment>manifest.signature_unreadable</comment>
      <translation>Файл подписи манифеста не является читаемой подписью CMS.</translation>
    </message>
    <message>
      <source>Writing to {folder} failed ({reason}): nothing was written.</source>
      <comment>media.failed</comment>
      <translation>Ошибка записи в {folder} ({reason}): ничего не записано.</translation>
    </message>
    <message>
      <source>{folder} is full: nothing was written there.</source>
      <comment>media.full</comment>
      <translation>В {folder} нет места: ничего не записано.</translation>
    </message>
    <message>
      <source>{folder} is not there (was the USB stick removed?): nothing was written.</source>
      <comment>media.missing</comment>
      <translation>{folder} недоступна (USB-накопитель извлечён?): ничего не записано.</translation>
    </message>
    <message>
      <source>{folder} is read-only: nothing was written there.</source>
      <comment>media.read_only</comment>
      <translation>{folder} доступна только для чтения: ничего не записано.</translation>
    </message>
    <message>
      <source>The birth date {birth_date} is after the joining date {joined_on}.</source>
      <comment>member.born_after_joining</comment>
      <translation>Дата рождения {birth_date} позже даты вступления {joined_on}.</translation>
    </message>
    <message>
      <source>The IIN {iin} is also on line(s) {other_lines} with different data; all these lines are rejected.</source>
      <comment>member.duplicate_conflict</comment>
      <translation>ИИН {iin} встречается также в строках {other_lines} с другими данными; все эти строки отклонены.</translation>
    </message>
    <message>
      <source>The IIN {iin} is also on rejected line(s) {other_lines}; check which record is right.</source>
      <comment>member.duplicate_of_rejected</comment>
      <translation>ИИН {iin} встречается также в отклонённых строках {other_lines}; проверьте, какая запись верна.</translation>
    </message>
    <message>
      <source>The {field} «{value}» contains characters that do not belong in a name.</source>
      <comment>member.name_chars</comment>
      <translation>Поле {field}: «{value}» содержит символы, недопустимые в имени.</translation>
    </message>
    <message>
      <source>The sex «{value}» is not recognised: write M or F (М/Ж, Е/Ә).</source>
      <comment>member.sex_unknown</comment>
      <translation>Пол «{value}» не распознан: укажите M или F (М/Ж, Е/Ә).</translation>
    </message>
    <message>
      <source>The status «{value}» is not recognised: write active or suspended.</source>
      <comment>member.status_unknown</comment>
      <translation>Статус «{value}» не распознан: укажите active или suspended.</translation>
    </message>
    <message>
      <source>Line {line}: the precinct «{precinct}» is not in the election definition, so no polling station will find this member on its own roll; check the roll file.</source>
      <comment>member.unknown_precinct</comment>
      <translation>Строка {line}: участка «{precinct}» нет в описании выборов, поэтому ни один избирательный участок не найдёт этого члена партии в своём списке; проверьте файл списка.</translation>
    </message>
    <message>
      <source>The online ballot of {iin} in race {race} ({online_at}) is annulled: the member checked in on paper at precinct {precinct} at {paper_at}, and the paper ballot prevails.</source>
      <comment>merge.online_annulled</comment>
      <translation>Онлайн-бюллетень члена партии {iin} в голосовании {race} ({online_at}) аннулирован: член партии зарегистрирован на участке {precinct} в {paper_at}, приоритет имеет бумажный бюллетень.</translation>
    </message>
    <message>
      <source>Member {iin} has {count} paper check-ins (precincts {precincts}); the earliest, at {first_at}, is taken as the paper vote.</source>
      <comment>merge.paper_checked_in_twice</comment>
      <translation>У члена партии {iin} регистраций на участках: {count} (участки {precincts}); бумажным голосом считается самая ранняя, в {first_at}.</translation>
    </message>
    <message>
      <source>Member {iin} voted online in race {race} ({online_at}) and on paper at precinct {precinct} ({paper_at}). The online ballot is set aside and the case goes to the commission.</source>
      <comment>merge.referred_to_commission</comment>
      <translation>Член партии {iin} проголосовал онлайн в голосовании {race} ({online_at}) и бумажным бюллетенем на участке {precinct} ({paper_at}). Онлайн-бюллетень отложен, дело передаётся комиссии.</translation>
    </message>
    <message>
      <source>Observer {observer} already left at {at}.</source>
      <comment>observer.left</comment>
      <translation>Наблюдатель {observer} уже покинул участок в {at}.</translation>
    </message>
    <message>
      <source>The observer's name and whom they represent are required.</source>
      <comment>observer.name</comment>
      <translation>Укажите имя наблюдателя и кого он представляет.</translation>
    </message>
    <message>
      <source>There is no observer number {observer}.</source>
      <comment>observer.unknown</comment>
      <translation>Нет наблюдателя с номером {observer}.</translation>
    </message>
    <message>
      <source>The IIN {iin} has another, different ballot for race {race} on line(s) {other_lines}; all these lines are rejected.</source>
      <comment>online.ballot_conflict</comment>
      <translation>По ИИН {iin} есть другой, отличающийся бюллетень по голосованию {race} в строках {other_lines}; все эти строки отклонены.</translation>
    </message>
    <message>
      <source>The candidate «{value}» is chosen more than once on the ballot.</source>
      <comment>online.choice_repeated</comment>
      <translation>Кандидат «{value}» выбран в бюллетене более одного раза.</translation>
    </message>
    <message>
      <source>The IIN {iin} voted online more than once (line(s) {other_lines}); the earliest time, {kept}, is kept.</source>
      <comment>online.duplicate_times</comment>
      <translation>По ИИН {iin} онлайн-голос подан более одного раза (строки {other_lines}); сохранено самое раннее время: {kept}.</translation>
    </message>
    <message>
      <source>The ballot for race {race} marks no candidate.</source>
      <comment>online.no_choices</comment>
      <translation>В бюллетене по голосованию {race} не отмечен ни один кандидат.</translation>
    </message>
    <message>
      <source>chair.pem is not the certificate that signed the package.</source>
      <comment>package.chair_pem_mismatch</comment>
      <translation>chair.pem — не тот сертификат, которым подписан пакет.</translation>
    </message>
    <message>
      <source>checkins.csv lists {listed} check-ins; the protocol's line 3 says {issued}.</source>
      <comment>package.checkins_count</comment>
      <translation>В checkins.csv указано регистраций: {listed}, а в строке 3 протокола — {issued}.</translation>
    </message>
    <message>
      <source>checkins.csv does not list the journal's check-ins: {missing} missing, {unexpected} not in the journal.</source>
      <comment>package.checkins_mismatch</comment>
      <translation>checkins.csv не совпадает с регистрациями журнала: отсутствует записей: {missing}, лишних (нет в журнале): {unexpected}.</translation>
    </message>
    <message>
      <source>checkins.csv, line {line}: {reason}.</source>
      <comment>package.checkins_unreadable</comment>
      <translation>checkins.csv, строка {line}: {reason}.</translation>
    </message>
    <message>
      <source>The {checklist} checklist of {at} (number {id}): protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.checklist_run_mismatch</comment>
      <translation>Контрольный лист «{checklist}» от {at} (номер {id}): {field} в protocol.json не совпадает с записанным в журнале.</translation>
    </message>
    <message>
      <source>The journal records the {checklist} checklist of {at} (number {id}), which protocol.json does not list.</source>
      <comment>package.checklist_run_missing</comment>
      <translation>В журнале записан контрольный лист «{checklist}» от {at} (номер {id}), которого нет в protocol.json.</translation>
    </message>
    <message>
      <source>protocol.json lists the {checklist} checklist of {at} (number {id}), which the journal does not record.</source>
      <comment>package.checklist_run_unrecorded</comment>
      <translation>В protocol.json указан контрольный лист «{checklist}» от {at} (номер {id}), которого нет в журнале.</translation>
    </message>
    <message>
      <source>protocol.json says the station closed at «{protocol}», the journal «{journal}».</source>
      <comment>package.closed_mismatch</comment>
      <translation>По protocol.json участок закрыт в «{protocol}», а по журналу — в «{journal}».</translation>
    </message>
    <message>
      <source>The package holds {file} more than once.</source>
      <comment>package.duplicate_file</comment>
      <translation>Пакет содержит {file} более одного раза.</translation>
    </message>
    <message>
      <source>The exception to the {checklist} checklist of {at}: protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.exception_mismatch</comment>
      <translation>Отступление от контрольного листа «{checklist}» от {at}: {field} в protocol.json не совпадает с записанным в журнале.</translation>
    </message>
    <message>
      <source>The journal records the chair's exception to the {checklist} checklist of {at}, which protocol.json does not list.</source>
      <comment>package.exception_missing</comment>
      <translation>В журнале записано отступление председателя от контрольного листа «{checklist}» от {at}, которого нет в protocol.json.</translation>
    </message>
    <message>
      <source>protocol.json lists an exception to the {checklist} checklist of {at}, which the journal does not record.</source>
      <comment>package.exception_unrecorded</comment>
      <translation>В protocol.json указано отступление от контрольного листа «{checklist}» от {at}, которого нет в журнале.</translation>
    </message>
    <message>
      <source>Race «{race}», relation {relation}: the protocol's explanation is not the one the journal recorded.</source>
      <comment>package.explanation_mismatch</comment>
      <translation>Голосование «{race}», соотношение {relation}: пояснение в протоколе отличается от записанного в журнале.</translation>
    </message>
    <message>
      <source>The package holds {file}, which its manifest does not list.</source>
      <comment>package.extra_file</comment>
      <translation>Пакет содержит {file}, которого нет в его манифесте.</translation>
    </message>
    <message>
      <source>{file} was altered: its SHA-256 is {found}…, the signed manifest says {expected}….</source>
      <comment>package.file_altered</comment>
      <translation>{file} изменён: его SHA-256 — {found}…, а в подписанном манифесте — {expected}….</translation>
    </message>
    <message>
      <source>Incident {id} ({at}): protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.incident_mismatch</comment>
      <translation>Инцидент {id} ({at}): {field} в protocol.json не совпадает с записанным в журнале.</translation>
    </message>
    <message>
      <source>The journal records incident {id} ({at}), which protocol.json does not list.</source>
      <comment>package.incident_missing</comment>
      <translation>В журнале записан инцидент {id} ({at}), которого нет в protocol.json.</translation>
    </message>
    <message>
      <source>protocol.json lists incident {id} ({at}), which the journal does not record.</source>
      <comment>package.incident_unrecorded</comment>
      <translation>В protocol.json указан инцидент {id} ({at}), которого нет в журнале.</translation>
    </message>
    <message>
      <source>The journal records entries between the protocol (built from entry {seq}) and its finalization (entry {finalized}): the protocol does not account for them.</source>
      <comment>package.journal_after_protocol</comment>
      <translation>В журнале есть записи между составлением протокола (по записи {seq}) и его завершением (запись {finalized}): протокол их не учитывает.</translation>
    </message>
    <message>
      <source>The protocol was built from journal entry {seq}, which the package's journal does not hold as recorded.</source>
      <comment>package.journal_head</comment>
      <translation>Протокол составлен по записи журнала {seq}, но в журнале пакета этой записи нет в том виде, в каком она была сделана.</translation>
    </message>
    <message>
      <source>The journal does not end with the finalization of protocol version {version} (SHA-256 {sha256}…).</source>
      <comment>package.journal_not_finalized</comment>
      <translation>Журнал не заканчивается завершением версии {version} протокола (SHA-256 {sha256}…).</translation>
    </message>
    <message>
      <source>protocol.pdf is not the signed PDF the journal recorded at finalization.</source>
      <comment>package.journal_pdf</comment>
      <translation>protocol.pdf — не тот подписанный PDF, который записан в журнале при завершении.</translation>
    </message>
    <message>
      <source>The journal recorded «{journal}» as the signer of version {version}, but «{actual}» signed the PDF.</source>
      <comment>package.journal_signer</comment>
      <translation>В журнале подписантом версии {version} записан «{journal}», но PDF подписал «{actual}».</translation>
    </message>
    <message>
      <source>journal.jsonl, line {line}: {reason}.</source>
      <comment>package.journal_unreadable</comment>
      <translation>journal.jsonl, строка {line}: {reason}.</translation>
    </message>
    <message>
      <source>Race «{race}», line {line}: the protocol says {protocol}, the journal {journal}.</source>
      <comment>package.line_mismatch</comment>
      <translation>Голосование «{race}», строка {line}: в протоколе — {protocol}, в журнале — {journal}.</translation>
    </message>
    <message>
      <source>The manifest says {field} is «{manifest}», protocol.json says «{protocol}».</source>
      <comment>package.manifest_mismatch</comment>
      <translation>В манифесте {field} — «{manifest}», а в protocol.json — «{protocol}».</translation>
    </message>
    <message>
      <source>The manifest names «{claimed}» as its signer, but «{actual}» signed it.</source>
      <comment>package.manifest_signer</comment>
      <translation>В манифесте подписантом указан «{claimed}», но подписал его «{actual}».</translation>
    </message>
    <message>
      <source>manifest.json cannot be read: {reason}.</source>
      <comment>package.manifest_unreadable</comment>
      <translation>Не удаётся прочитать manifest.json: {reason}.</translation>
    </message>
    <message>
      <source>The package has no {file}.</source>
      <comment>package.missing_file</comment>
      <translation>В пакете нет {file}.</translation>
    </message>
    <message>
      <source>The package's ZIP structure was altered (its bytes differ from the only layout the station writes), though no listed file's content changed.</source>
      <comment>package.not_canonical</comment>
      <translation>Структура ZIP-архива пакета изменена (его байты отличаются от единственного формата, в котором его записывает участок), хотя содержимое перечисленных файлов не изменилось.</translation>
    </message>
    <message>
      <source>Observer {id} («{name}»): protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.observer_mismatch</comment>
      <translation>Наблюдатель {id} («{name}»): {field} в protocol.json не совпадает с записанным в журнале.</translation>
    </message>
    <message>
      <source>The journal records observer {id} («{name}»), whom protocol.json does not list.</source>
      <comment>package.observer_missing</comment>
      <translation>В журнале записан наблюдатель {id} («{name}»), которого нет в protocol.json.</translation>
    </message>
    <message>
      <source>protocol.json lists observer {id} («{name}»), whom the journal does not record.</source>
      <comment>package.observer_unrecorded</comment>
      <translation>В protocol.json указан наблюдатель {id} («{name}»), которого нет в журнале.</translation>
    </message>
    <message>
      <source>protocol.json says the station opened at «{protocol}», the journal «{journal}».</source>
      <comment>package.opened_mismatch</comment>
      <translation>По protocol.json участок открыт в «{protocol}», а по журналу — в «{journal}».</translation>
    </message>
    <message>
      <source>protocol.pdf does not carry {file} as written at signing.</source>
      <comment>package.pdf_attachment</comment>
      <translation>protocol.pdf не содержит {file} в том виде, в каком он был записан при подписании.</translation>
    </message>
    <message>
      <source>protocol.json is not the protocol the manifest was signed for.</source>
      <comment>package.protocol_hash</comment>
      <translation>protocol.json — не тот протокол, для которого подписан манифест.</translation>
    </message>
    <message>
      <source>protocol.json names «{claimed}» (IIN {claimed_iin}) as its signer, but «{actual}» (IIN {actual_iin}) signed the PDF.</source>
      <comment>package.protocol_signer</comment>
      <translation>В protocol.json подписантом указан «{claimed}» (ИИН {claimed_iin}), но PDF подписал «{actual}» (ИИН {actual_iin}).</translation>
    </message>
    <message>
      <source>protocol.json cannot be read: {reason}.</source>
      <comment>package.protocol_unreadable</comment>
      <translation>Не удаётся прочитать protocol.json: {reason}.</translation>
    </message>
    <message>
      <source>The QR codes of protocol.pdf do not carry the lines of protocol.json.</source>
      <comment>package.qr_mismatch</comment>
      <translation>QR-коды в protocol.pdf не содержат строк protocol.json.</translation>
    </message>
    <message>
      <source>Scanning the QR codes printed in protocol.pdf failed: {reason}.</source>
      <comment>package.qr_scan</comment>
      <translation>Не удалось считать QR-коды, напечатанные в protocol.pdf: {reason}.</translation>
    </message>
    <message>
      <source>Race «{race}»: the journal holds no agreed count.</source>
      <comment>package.race_not_counted</comment>
      <translation>Голосование «{race}»: в журнале нет согласованного подсчёта.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} fails on the protocol's own lines; no protocol is signed while an error relation fails.</source>
      <comment>package.relation_error</comment>
      <translation>Голосование «{race}»: контрольное соотношение {relation} не выполняется по строкам самого протокола; пока не выполняется соотношение уровня «ошибка», протокол не подписывается.</translation>
    </message>
    <message>
      <source>Remark {id} of observer {observer}: protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.remark_mismatch</comment>
      <translation>Замечание {id} наблюдателя {observer}: {field} в protocol.json не совпадает с записанным в журнале.</translation>
    </message>
    <message>
      <source>The journal records remark {id} of observer {observer}, which protocol.json does not list.</source>
      <comment>package.remark_missing</comment>
      <translation>В журнале записано замечание {id} наблюдателя {observer}, которого нет в protocol.json.</translation>
    </message>
    <message>
      <source>protocol.json lists remark {id} of observer {observer}, which the journal does not record.</source>
      <comment>package.remark_unrecorded</comment>
      <translation>В protocol.json указано замечание {id} наблюдателя {observer}, которого нет в журнале.</translation>
    </message>
    <message>
      <source>The signature of {document} does not hold: {reason}.</source>
      <comment>package.signature</comment>
      <translation>Подпись {document} недействительна: {reason}.</translation>
    </message>
    <message>
      <source>The change of signer protocol.json states is not the one the journal recorded at finalization.</source>
      <comment>package.signer_change_mismatch</comment>
      <translation>Смена подписанта, указанная в protocol.json, не совпадает с записанной в журнале при завершении протокола.</translation>
    </message>
    <message>
      <source>Version {version} is signed by «{signer}» (IIN {iin}) and version {previous_version} by «{previous}» (IIN {previous_iin}), but the journal records no change of signer with the chair's reason.</source>
      <comment>package.signer_change_unrecorded</comment>
      <translation>Версия {version} подписана «{signer}» (ИИН {iin}), а версия {previous_version} — «{previous}» (ИИН {previous_iin}), но в журнале нет записи о смене подписанта с обоснованием председателя.</translation>
    </message>
    <message>
      <source>protocol.pdf is signed by «{pdf}» but the manifest by «{manifest}»: the same chair must sign both.</source>
      <comment>package.signer_mismatch</comment>
      <translation>protocol.pdf подписан «{pdf}», а манифест — «{manifest}»: оба должен подписать один и тот же председатель.</translation>
    </message>
    <message>
      <source>{file} is not a readable package: {reason}.</source>
      <comment>package.unreadable</comment>
      <translation>{file} не удаётся прочитать как пакет: {reason}.</translation>
    </message>
    <message>
      <source>Race «{race}», candidate {candidate}: the protocol says {protocol} votes, the journal's agreed count {journal}.</source>
      <comment>package.votes_mismatch</comment>
      <translation>Голосование «{race}», кандидат {candidate}: в протоколе голосов — {protocol}, в согласованном подсчёте журнала — {journal}.</translation>
    </message>
    <message>
      <source>Race «{race}»: protocol.json lists control relation {relation} as a warning, but it holds on the protocol's own lines.</source>
      <comment>package.warning_extra</comment>
      <translation>Голосование «{race}»: в protocol.json контрольное соотношение {relation} указано как предупреждение, но по строкам самого протокола оно выполняется.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} fails on the protocol's own lines, but protocol.json does not list it among the warnings.</source>
      <comment>package.warning_missing</comment>
      <translation>Голосование «{race}»: контрольное соотношение {relation} не выполняется по строкам самого протокола, но в protocol.json оно не указано среди предупреждений.</translation>
    </message>
    <message>
      <source>Race «{race}»: the figures protocol.json gives for control relation {relation} are not those of the protocol's own lines.</source>
      <comment>package.warning_params</comment>
      <translation>Голосование «{race}»: числа, которые protocol.json приводит для контрольного соотношения {relation}, не совпадают с числами строк самого протокола.</translation>
    </message>
    <message>
      <source>The PDF already has a signature in the field «{field}».</source>
      <comment>pdf.already_signed</comment>
      <translation>В PDF уже есть подпись в поле «{field}».</translation>
    </message>
    <message>
      <source>The PDF was extended or changed after it was signed.</source>
      <comment>pdf.changed_after_signing</comment>
      <translation>PDF дополнен или изменён после подписания.</translation>
    </message>
    <message>
      <source>The PDF carries no signature.</source>
      <comment>pdf.no_signature</comment>
      <translation>В PDF нет подписи.</translation>
    </message>
    <message>
      <source>The file is not a readable PDF.</source>
      <comment>pdf.unreadable</comment>
      <translation>Файл не является читаемым PDF.</translation>
    </message>
    <message>
      <source>The station's record changed while the protocol was being signed (journal entry {seq}); finalize again so that the protocol includes it.</source>
      <comment>protocol.changed_while_signing</comment>
      <translation>Данные участка изменились во время подписания протокола (запись журнала {seq}); завершите протокол снова, чтобы он учитывал это изменение.</translation>
    </message>
    <message>
      <source>A corrected protocol (version {version}) needs the reason for the correction.</source>
      <comment>protocol.correction_reason</comment>
      <translation>Для исправленного протокола (версия {version}) нужна причина исправления.</translation>
    </message>
    <message>
      <source>Protocol version {version} is signed and stored, but the package was not written; export it again (station export).</source>
      <comment>protocol.export_after_finalize</comment>
      <translation>Версия {version} протокола подписана и сохранена, но пакет не записан; экспортируйте его повторно (station export).</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») did not sign protocol version {version}: export it with the key that signed it.</source>
      <comment>protocol.key_not_signer</comment>
      <translation>Ключом из {path} («{subject}») версия {version} протокола не подписывалась: экспортируйте её с тем ключом, которым она подписана.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») has a self-signed certificate: no reader would trust its signature. Use the key issued to the chair by the branch office's CA.</source>
      <comment>protocol.key_self_signed</comment>
      <translation>У ключа из {path} («{subject}») самоподписанный сертификат: его подписи никто не станет доверять. Используйте ключ, выданный председателю удостоверяющим центром филиала.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is not issued by a certification authority this station trusts.</source>
      <comment>protocol.key_untrusted</comment>
      <translation>Ключ из {path} («{subject}») выдан не тем удостоверяющим центром, которому доверяет этот участок.</translation>
    </message>
    <message>
      <source>No protocol has been finalized yet.</source>
      <comment>protocol.no_version</comment>
      <translation>Ни один протокол ещё не завершён.</translation>
    </message>
    <message>
      <source>Race «{race}» has no agreed count yet: both entries of its count sheet must agree.</source>
      <comment>protocol.not_agreed</comment>
      <translation>По голосованию «{race}» ещё нет согласованного подсчёта: оба ввода листа подсчёта должны совпасть.</translation>
    </message>
    <message>
      <source>Protocol version {version} was signed by «{previous}» (IIN {previous_iin}); the key in {path} is «{subject}» (IIN {iin}). Another person signs only when the chair records the change of signer with a written reason, which the protocol prints.</source>
      <comment>protocol.signer_changed</comment>
      <translation>Версию {version} протокола подписал «{previous}» (ИИН {previous_iin}); ключ в {path} — «{subject}» (ИИН {iin}). Другое лицо может подписать протокол, только если председатель запишет смену подписанта с письменным обоснованием, которое печатается в протоколе.</translation>
    </message>
    <message>
      <source>This is the station's first protocol: its signer («{subject}») is recorded now, and there is no change of signer to record.</source>
      <comment>protocol.signer_first</comment>
      <translation>Это первый протокол участка: его подписант («{subject}») записывается сейчас, и смену подписанта записывать не нужно.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is the signer of protocol version {version}: there is no change of signer to record.</source>
      <comment>protocol.signer_unchanged</comment>
      <translation>Ключ в {path} («{subject}») принадлежит подписанту версии {version} протокола: смену подписанта записывать не нужно.</translation>
    </message>
    <message>
      <source>There is no protocol version {version}.</source>
      <comment>protocol.unknown_version</comment>
      <translation>Версии {version} протокола не существует.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} failed and needs the commission's written explanation.</source>
      <comment>protocol.warning_unexplained</comment>
      <translation>Голосование «{race}»: контрольное соотношение {relation} нарушено, требуется письменное пояснение комиссии.</translation>
    </message>
    <message>
      <source>The protocol's QR codes do not form a readable protocol: {reason}.</source>
      <comment>qr.malformed</comment>
      <translation>QR-коды протокола не образуют читаемый протокол: {reason}.</translation>
    </message>
    <message>
      <source>The QR codes belong to different protocols ({field} differs).</source>
      <comment>qr.mixed</comment>
      <translation>QR-коды относятся к разным протоколам (различается {field}).</translation>
    </message>
    <message>
      <source>QR codes missing: found parts {found} of {total}.</source>
      <comment>qr.parts</comment>
      <translation>Не хватает QR-кодов: найдены части {found} из {total}.</translation>
    </message>
    <message>
      <source>QR code {index} is not a protocol code: {reason}.</source>
      <comment>qr.unreadable</comment>
      <translation>QR-код {index} не является кодом протокола: {reason}.</translation>
    </message>
    <message>
      <source>Only {eligible} eligible candidates for {seats} seats: the list is {eligible} long.</source>
      <comment>ranking.seats_unfilled</comment>
      <translation>Допущенных кандидатов только {eligible} на {seats} мест: в списке {eligible} позиций.</translation>
    </message>
    <message>
      <source>{selected} and {unselected} have the same total ({total}) at the cut of the list; the draft took the first in alphabetical order. The commission decides between them.</source>
      <comment>ranking.tie_at_cut</comment>
      <translation>У {selected} и {unselected} одинаковый итог ({total}) на границе списка; в проекте выбран первый по алфавиту. Выбор между ними делает комиссия.</translation>
    </message>
    <message>
      <source>Only {available} eligible women stand in this race: the list needs at least {required} ({percent}% of {seats} seats). All of them are on the list.</source>
      <comment>ranking.women_shortfall</comment>
      <translation>В этом голосовании допущенных женщин-кандидатов только {available}, а в списке их должно быть не менее {required} ({percent}% от {seats} мест). В список включены все они.</translation>
    </message>
    <message>
      <source>The list has {selected} women of the {required} required ({percent}% of {seats} seats): the seats cannot hold both quotas with these candidates.</source>
      <comment>ranking.women_unreachable</comment>
      <translation>В списке женщин: {selected} из требуемых {required} ({percent}% от {seats} мест): при этих кандидатах места не позволяют выполнить обе квоты.</translation>
    </message>
    <message>
      <source>Only {available} eligible candidates under {youth_max_age} stand in this race: the list needs at least {required} ({percent}% of {seats} seats). All of them are on the list.</source>
      <comment>ranking.youth_shortfall</comment>
      <translation>В этом голосовании допущенных кандидатов моложе {youth_max_age} лет только {available}, а в списке их должно быть не менее {required} ({percent}% от {seats} мест). В список включены все они.</translation>
    </message>
    <message>
      <source>The list has {selected} candidates under {youth_max_age} of the {required} required ({percent}% of {seats} seats): the seats cannot hold both quotas with these candidates.</source>
      <comment>ranking.youth_unreachable</comment>
      <translation>В списке кандидатов моложе {youth_max_age} лет: {selected} из требуемых {required} ({percent}% от {seats} мест): при этих кандидатах места не позволяют выполнить обе квоты.</translation>
    </message>
    <message>
      <source>Line 2 ({received}) must equal lines 3 + 4 + 5 ({issued} + {spoiled} + {unused} = {accounted}).</source>
      <comment>relation.CR01</comment>
      <translation>Строка 2 ({received}) должна быть равна сумме строк 3 + 4 + 5 ({issued} + {spoiled} + {unused} = {accounted}).</translation>
    </message>
    <message>
      <source>Line 6 ({found_in_box}) must not exceed line 3 ({issued}): {excess} more ballots in the box than were issued.</source>
      <comment>relation.CR02</comment>
      <translation>Строка 6 ({found_in_box}) не должна превышать строку 3 ({issued}): в ящике больше бюллетеней, чем выдано, на {excess}.</translation>
    </message>
    <message>
      <source>Line 7 ({invalid}) must not exceed line 6 ({found_in_box}): lines 7 + 8 must equal line 6.</source>
      <comment>relation.CR03</comment>
      <translation>Строка 7 ({invalid}) не должна превышать строку 6 ({found_in_box}): сумма строк 7 + 8 должна быть равна строке 6.</translation>
    </message>
    <message>
      <source>Line 3 ({issued}) must not exceed line 1 ({roll_eligible}).</source>
      <comment>relation.CR04</comment>
      <translation>Строка 3 ({issued}) не должна превышать строку 1 ({roll_eligible}).</translation>
    </message>
    <message>
      <source>Candidate {candidate} has {votes} votes, more than the {valid} valid ballots (line 8).</source>
      <comment>relation.CR05</comment>
      <translation>У кандидата {candidate} голосов: {votes}, это больше числа действительных бюллетеней ({valid}, строка 8).</translation>
    </message>
    <message>
      <source>The votes total {total}, more than line 8 × {max_choices} ({valid} × {max_choices} = {limit}).</source>
      <comment>relation.CR06</comment>
      <translation>Всего голосов: {total}, это больше, чем строка 8 × {max_choices} ({valid} × {max_choices} = {limit}).</translation>
    </message>
    <message>
      <source>The votes total {total}, fewer than the {valid} valid ballots (line 8), yet every valid ballot carries at least one vote.</source>
      <comment>relation.CR07</comment>
      <translation>Всего голосов: {total}, это меньше числа действительных бюллетеней ({valid}, строка 8), хотя в каждом действительном бюллетене есть хотя бы один голос.</translation>
    </message>
    <message>
      <source>Line 6 ({found_in_box}) is less than line 3 ({issued}): {missing} issued ballots were not found in the box.</source>
      <comment>relation.CR08</comment>
      <translation>Строка 6 ({found_in_box}) меньше строки 3 ({issued}): в ящике не найдено выданных бюллетеней: {missing}.</translation>
    </message>
    <message>
      <source>Line 7 ({invalid}) is more than {threshold}% of line 6 ({found_in_box}).</source>
      <comment>relation.CR09</comment>
      <translation>Строка 7 ({invalid}) составляет более {threshold}% от строки 6 ({found_in_box}).</translation>
    </message>
    <message>
      <source>Line 4 ({spoiled}) is more than {threshold}% of line 3 ({issued}).</source>
      <comment>relation.CR10</comment>
      <translation>Строка 4 ({spoiled}) составляет более {threshold}% от строки 3 ({issued}).</translation>
    </message>
    <message>
      <source>Write the remark's text.</source>
      <comment>remark.text</comment>
      <translation>Напишите текст замечания.</translation>
    </message>
    <message>
      <source>There is no remark number {remark}.</source>
      <comment>remark.unknown</comment>
      <translation>Нет замечания с номером {remark}.</translation>
    </message>
    <message>
      <source>The file {file} cannot be opened ({reason}).</source>
      <comment>roll.cannot_open</comment>
      <translation>Не удаётся открыть файл {file} ({reason}).</translation>
    </message>
    <message>
      <source>{file} cannot be read as CSV from line {line} on (an unclosed quote?).</source>
      <comment>roll.csv_malformed</comment>
      <translation>{file} не читается как CSV начиная со строки {line} (незакрытая кавычка?).</translation>
    </message>
    <message>
      <source>{file} has two columns for {column}: «{first}» and «{second}».</source>
      <comment>roll.duplicate_column</comment>
      <translation>В {file} два столбца для {column}: «{first}» и «{second}».</translation>
    </message>
    <message>
      <source>The file {file} is empty.</source>
      <comment>roll.empty</comment>
      <translation>Файл {file} пуст.</translation>
    </message>
    <message>
      <source>{file} has no column for {columns} (header on line {line}).</source>
      <comment>roll.missing_columns</comment>
      <translation>В {file} нет столбца для {columns} (заголовок в строке {line}).</translation>
    </message>
    <message>
      <source>No header row found in {file}: the columns must be named ({expected}).</source>
      <comment>roll.no_header</comment>
      <translation>В {file} не найдена строка заголовка: столбцы должны называться ({expected}).</translation>
    </message>
    <message>
      <source>{file} is neither a CSV text file nor an Excel .xlsx workbook.</source>
      <comment>roll.not_a_table</comment>
      <translation>{file} не является ни текстовым файлом CSV, ни книгой Excel .xlsx.</translation>
    </message>
    <message>
      <source>The file {file} does not exist.</source>
      <comment>roll.not_found</comment>
      <translation>Файл {file} не существует.</translation>
    </message>
    <message>
      <source>The report {file} cannot be written ({reason}).</source>
      <comment>roll.write_failed</comment>
      <translation>Не удаётся записать отчёт {file} ({reason}).</translation>
    </message>
    <message>
      <source>{file} is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV.</source>
      <comment>roll.xls_unsupported</comment>
      <translation>{file} — книга Excel 97–2003 (.xls): сохраните её как .xlsx или CSV.</translation>
    </message>
    <message>
      <source>{file} looks like an Excel workbook but cannot be read: it is damaged or not a workbook.</source>
      <comment>roll.xlsx_unreadable</comment>
      <translation>{file} похож на книгу Excel, но не читается: файл повреждён или не является книгой.</translation>
    </message>
    <message>
      <source>{file} is an Excel workbook under another name: rename it to .xlsx.</source>
      <comment>roll.xlsx_wrong_extension</comment>
      <translation>{file} — книга Excel с другим расширением: переименуйте её в .xlsx.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is not a date: write YYYY-MM-DD or DD.MM.YYYY.</source>
      <comment>row.date_format</comment>
      <translation>Поле {field}: «{value}» не является датой: укажите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is not a real calendar date.</source>
      <comment>row.date_invalid</comment>
      <translation>Поле {field}: «{value}» не является существующей календарной датой.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is outside the years 1900–2099.</source>
      <comment>row.date_out_of_range</comment>
      <translation>Поле {field}: «{value}» вне диапазона 1900–2099 годов.</translation>
    </message>
    <message>
      <source>The row has {count} more cell(s) than the header ({cells}): a value probably contains an unquoted delimiter.</source>
      <comment>row.extra_cells</comment>
      <translation>В строке больше ячеек, чем в заголовке ({cells}), лишних: {count}; вероятно, значение содержит разделитель без кавычек.</translation>
    </message>
    <message>
      <source>The IIN «{value}» was rounded by a spreadsheet (scientific notation); export the column as text.</source>
      <comment>row.iin_rounded</comment>
      <translation>ИИН «{value}» округлён электронной таблицей (экспоненциальная запись); экспортируйте столбец как текст.</translation>
    </message>
    <message>
      <source>The IIN «{value}» had lost its leading zero in a spreadsheet; read as «{iin}».</source>
      <comment>row.iin_zero_restored</comment>
      <translation>ИИН «{value}» потерял ведущий ноль в электронной таблице; прочитан как «{iin}».</translation>
    </message>
    <message>
      <source>The {field} «{value}» has no UTC offset; read as Kazakhstan time ({assumed}).</source>
      <comment>row.naive_time</comment>
      <translation>Поле {field}: «{value}» без смещения UTC; принято время Казахстана ({assumed}).</translation>
    </message>
    <message>
      <source>The {field} is missing.</source>
      <comment>row.required</comment>
      <translation>Не заполнено поле {field}.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is not a time: write ISO 8601 with the UTC offset, e.g. 2020-10-01T09:30:00+06:00.</source>
      <comment>row.time_format</comment>
      <translation>Поле {field}: «{value}» не является временем: укажите ISO 8601 со смещением UTC, например 2020-10-01T09:30:00+06:00.</translation>
    </message>
    <message>
      <source>The exception recorded at {at} does not answer the opening checklist saved at {run_at} (it was written for an earlier checklist or other items): the chair must record an exception for this checklist, with its reason.</source>
      <comment>sanitary.exception_stale</comment>
      <translation>Отступление, записанное в {at}, не относится к контрольному листу открытия, сохранённому в {run_at} (оно записано для более раннего листа или для других пунктов): председатель должен записать отступление для этого листа с обоснованием.</translation>
    </message>
    <message>
      <source>The opening checklist passed: no exception is needed.</source>
      <comment>sanitary.no_exception_needed</comment>
      <translation>Контрольный лист открытия пройден: отступление не требуется.</translation>
    </message>
    <message>
      <source>The checklist template {file} cannot be read: {reason}.</source>
      <comment>sanitary.template_file</comment>
      <translation>Не удаётся прочитать шаблон контрольного листа {file}: {reason}.</translation>
    </message>
    <message>
      <source>A certificate carried inside the signature was altered or does not belong to its chain.</source>
      <comment>signature.altered_certificates</comment>
      <translation>Сертификат внутри подписи изменён или не принадлежит своей цепочке.</translation>
    </message>
    <message>
      <source>Bytes were added to or changed in the signature container.</source>
      <comment>signature.altered_container</comment>
      <translation>В контейнер подписи добавлены байты или изменено его содержимое.</translation>
    </message>
    <message>
      <source>The signature does not match the signed content: it was changed after signing.</source>
      <comment>signature.broken</comment>
      <translation>Подпись не соответствует подписанному содержимому: оно изменено после подписания.</translation>
    </message>
    <message>
      <source>The signer's certificate does not allow signing documents.</source>
      <comment>signature.not_for_signing</comment>
      <translation>Сертификат подписанта не позволяет подписывать документы.</translation>
    </message>
    <message>
      <source>The signer's certificate was not valid (expired) at the time of checking.</source>
      <comment>signature.signer_expired</comment>
      <translation>Сертификат подписанта был недействителен (истёк срок) на момент проверки.</translation>
    </message>
    <message>
      <source>The signer's certificate was not yet valid at the time of checking.</source>
      <comment>signature.signer_not_yet_valid</comment>
      <translation>Сертификат подписанта ещё не действовал на момент проверки.</translation>
    </message>
    <message>
      <source>The signer's certificate was revoked.</source>
      <comment>signature.signer_revoked</comment>
      <translation>Сертификат подписанта отозван.</translation>
    </message>
    <message>
      <source>The signer's certificate does not lead to a trusted certificate.</source>
      <comment>signature.untrusted</comment>
      <translation>Сертификат подписанта не ведёт к доверенному сертификату.</translation>
    </message>
    <message>
      <source>Line {line}: expected «IIN [time]», found «{value}».</source>
      <comment>station.bad_line</comment>
      <translation>Строка {line}: ожидается «ИИН [время]», найдено «{value}».</translation>
    </message>
    <message>
      <source>Line {line}: «{value}» is not a time (HH:MM or ISO 8601 with offset).</source>
      <comment>station.bad_time</comment>
      <translation>Строка {line}: «{value}» не является временем (ЧЧ:ММ или ISO 8601 со смещением).</translation>
    </message>
    <message>
      <source>The number must be a whole number of at least {minimum} (found «{value}»).</source>
      <comment>station.count</comment>
      <translation>Нужно целое число не меньше {minimum} (найдено «{value}»).</translation>
    </message>
    <message>
      <source>Type at least one letter or digit to search.</source>
      <comment>station.empty_search</comment>
      <translation>Для поиска введите хотя бы одну букву или цифру.</translation>
    </message>
    <message>
      <source>{iin} has no check-in to void.</source>
      <comment>station.not_checked_in</comment>
      <translation>{iin}: нет регистрации, которую можно аннулировать.</translation>
    </message>
    <message>
      <source>An officer with the login «{officer}» already exists.</source>
      <comment>station.officer_exists</comment>
      <translation>Член комиссии с логином «{officer}» уже существует.</translation>
    </message>
    <message>
      <source>A login id is 1 to 20 letters, digits, '-' or '_' (found «{officer}»).</source>
      <comment>station.officer_id</comment>
      <translation>Логин — от 1 до 20 букв, цифр, «-» или «_» (найдено «{officer}»).</translation>
    </message>
    <message>
      <source>The officer's name is required.</source>
      <comment>station.officer_name</comment>
      <translation>Имя члена комиссии обязательно.</translation>
    </message>
    <message>
      <source>Record the ballots received for race «{race}» before opening.</source>
      <comment>station.open_needs_ballots</comment>
      <translation>Перед открытием запишите число полученных бюллетеней по голосованию «{race}».</translation>
    </message>
    <message>
      <source>Line {line}: no time after the IIN {iin}; copy the time of the check-in from the paper list (HH:MM).</source>
      <comment>station.paper_no_time</comment>
      <translation>Строка {line}: после ИИН {iin} нет времени; перепишите время регистрации из бумажного списка (ЧЧ:ММ).</translation>
    </message>
    <message>
      <source>Line {line}: the station has not been opened, so no check-in can be entered from a paper list.</source>
      <comment>station.paper_not_opened</comment>
      <translation>Строка {line}: участок не открывался, поэтому регистрации из бумажного списка вносить нельзя.</translation>
    </message>
    <message>
      <source>Line {line}: the time {at} is outside the hours the station was open ({opened} to {until}).</source>
      <comment>station.paper_time_outside</comment>
      <translation>Строка {line}: время {at} — вне часов работы участка (с {opened} до {until}).</translation>
    </message>
    <message>
      <source>Race «{race}»: the ballots received cannot be {count}: {used} have already been used ({issued} issued, {spoiled} spoiled).</source>
      <comment>station.received_below_used</comment>
      <translation>Голосование «{race}»: число полученных бюллетеней не может быть равно {count}: уже использовано {used} (выдано {issued}, испорчено {spoiled}).</translation>
    </message>
    <message>
      <source>The role must be chair, secretary or clerk (found «{role}»).</source>
      <comment>station.role</comment>
      <translation>Роль должна быть chair (председатель), secretary (секретарь) или clerk (член комиссии) (найдено «{role}»).</translation>
    </message>
    <message>
      <source>Race «{race}»: {count} spoiled ballot(s) exceed the {available} ballots still unissued.</source>
      <comment>station.spoil_exceeds</comment>
      <translation>Голосование «{race}»: испорченных бюллетеней ({count}) больше, чем ещё не выданных ({available}).</translation>
    </message>
    <message>
      <source>This cannot be done while the station is {state} (it needs: {allowed}).</source>
      <comment>station.state</comment>
      <translation>Это нельзя сделать, пока участок в состоянии {state} (требуется: {allowed}).</translation>
    </message>
    <message>
      <source>This precinct has no race «{race}».</source>
      <comment>station.unknown_race</comment>
      <translation>На этом участке нет голосования «{race}».</translation>
    </message>
    <message>
      <source>Write the reason for voiding this check-in.</source>
      <comment>station.void_reason</comment>
      <translation>Напишите причину аннулирования этой регистрации.</translation>
    </message>
    <message>
      <source>A file already exists at {path}; choose another name.</source>
      <comment>storage.exists</comment>
      <translation>Файл {path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
      <source>There is no database at {path}.</source>
      <comment>storage.missing</comment>
      <translation>По адресу {path} нет базы данных.</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of Polling Station (it has {unknown}); update the application.</source>
      <comment>storage.newer_schema</comment>
      <translation>{path} записан более новой версией программы «Избирательный участок» (в нём есть {unknown}); обновите программу.</translation>
    </message>
    <message>
      <source>{path} is not a Polling Station database.</source>
      <comment>storage.not_a_database</comment>
      <translation>{path} не является базой данных программы «Избирательный участок».</translation>
    </message>
    <message>
      <source>{path} cannot be opened: {reason}.</source>
      <comment>storage.unreadable</comment>
      <translation>Не удаётся открыть {path}: {reason}.</translation>
    </message>
    <message>
      <source>{path} is a {found} database, not a {expected} database.</source>
      <comment>storage.wrong_kind</comment>
      <translation>{path} — база данных типа «{found}», а нужна база типа «{expected}».</translation>
    </message>
    <message>
      <source>A ballot with no mark is invalid; it was counted as invalid.</source>
      <comment>tally.blank</comment>
      <translation>Бюллетень без отметок недействителен; он учтён как недействительный.</translation>
    </message>
    <message>
      <source>No ballot of race «{race}» has been tallied yet.</source>
      <comment>tally.nothing_to_undo</comment>
      <translation>По голосованию «{race}» ещё не подсчитано ни одного бюллетеня.</translation>
    </message>
    <message>
      <source>A ballot with {marks} marks is invalid (at most {max_choices} are allowed); it was counted as invalid.</source>
      <comment>tally.over_marked</comment>
      <translation>Бюллетень с числом отметок {marks} недействителен (допускается не более {max_choices}); он учтён как недействительный.</translation>
    </message>
    <message>
      <source>«{candidate}» is not a candidate of race «{race}»; the ballot was not counted.</source>
      <comment>tally.unknown_candidate</comment>
      <translation>«{candidate}» не является кандидатом в голосовании «{race}»; бюллетень не учтён.</translation>
    </message>
    <message>
      <source>The election definition stored in the station was changed outside the application.</source>
      <comment>tamper.election_changed</comment>
      <translation>Описание выборов в файле участка изменено вне программы.</translation>
    </message>
    <message>
      <source>The members whose IIN starts with {prefix} were changed outside the application ({found} rows in the file, {expected} as imported).</source>
      <comment>tamper.roll_bucket</comment>
      <translation>Члены партии с ИИН, начинающимся на {prefix}, изменены вне программы (строк в файле: {found}, при импорте: {expected}).</translation>
    </message>
    <message>
      <source>The member roll was changed outside the application: {found} members in the file, {expected} as imported (journal entry {seq}).</source>
      <comment>tamper.roll_changed</comment>
      <translation>Список членов партии изменён вне программы: в файле членов партии: {found}, при импорте: {expected} (запись журнала {seq}).</translation>
    </message>
    <message>
      <source>{table}, row {key} was inserted outside the application (the journal has no record of it).</source>
      <comment>tamper.row_added</comment>
      <translation>{table}, строка {key}: добавлена вне программы (в журнале о ней нет записи).</translation>
    </message>
    <message>
      <source>{table}, row {key}: {field} is «{found}» in the file, but the journal recorded «{expected}».</source>
      <comment>tamper.row_changed</comment>
      <translation>{table}, строка {key}: {field} в файле — «{found}», а в журнале записано «{expected}».</translation>
    </message>
    <message>
      <source>{table}, row {key} was deleted outside the application (the journal recorded it).</source>
      <comment>tamper.row_missing</comment>
      <translation>{table}, строка {key}: удалена вне программы (в журнале она записана).</translation>
    </message>
    <message>
      <source>The {kind} «{name}» was added to the station file outside the application.</source>
      <comment>tamper.schema_added</comment>
      <translation>Объект «{name}» ({kind}) добавлен в файл участка вне программы.</translation>
    </message>
    <message>
      <source>The {kind} «{name}» of the station file was altered.</source>
      <comment>tamper.schema_changed</comment>
      <translation>Объект «{name}» ({kind}) в файле участка изменён.</translation>
    </message>
    <message>
      <source>The {kind} «{name}» was removed from the station file.</source>
      <comment>tamper.schema_missing</comment>
      <translation>Объект «{name}» ({kind}) удалён из файла участка.</translation>
    </message>
    <message>
      <source>{table} was changed outside the application: {found} rows in the file, {expected} recorded by the journal.</source>
      <comment>tamper.table_changed</comment>
      <translation>Таблица {table} изменена вне программы: строк в файле: {found}, по журналу: {expected}.</translation>
    </message>
    <message>
      <source>The file {path} holds no readable certificate.</source>
      <comment>trust.unreadable</comment>
      <translation>Файл {path} не содержит читаемого сертификата.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>New PIN for {officer}</source>
      <translation>Новый PIN-код для {officer}</translation>
    </message>
    <message>
      <source>PIN for {officer}</source>
      <translation>PIN-код для {officer}</translation>
    </message>
    <message>
      <source>Demo election built in {folder}.</source>
      <translation>Демонстрационные выборы созданы в {folder}.</translation>
    </message>
    <message>
      <source>Station database: {path}</source>
      <translation>База данных участка: {path}</translation>
    </message>
    <message>
      <source>Officers (login id, role, PIN):</source>
      <translation>Члены комиссии (логин, роль, PIN-код):</translation>
    </message>
    <message>
      <source>Created station {precinct} of {election} in {path}.</source>
      <translation>Создан участок {precinct} выборов {election} в {path}.</translation>
    </message>
    <message>
      <source>Added {role} {officer}.</source>
      <translation>Добавлен член комиссии {officer} (роль {role}).</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {accepted} accepted ({added} new, {changed} changed, {unchanged} unchanged), {collapsed} identical duplicates collapsed, {rejected} rejected, {warned} with warnings.</source>
      <translation>{file}: строк: {rows}; принято: {accepted} (новых: {added}, изменённых: {changed}, без изменений: {unchanged}); объединено одинаковых дубликатов: {collapsed}; отклонено: {rejected}; с предупреждениями: {warned}.</translation>
    </message>
    <message>
      <source>Race {race}: {count} ballots received.</source>
      <translation>Голосование {race}: получено бюллетеней — {count}.</translation>
    </message>
    <message>
      <source>The station is open.</source>
      <translation>Участок открыт.</translation>
    </message>
    <message>
      <source>Observer {number} registered.</source>
      <translation>Наблюдатель {number} зарегистрирован.</translation>
    </message>
    <message>
      <source>Observer {number} left.</source>
      <translation>Наблюдатель {number} покинул участок.</translation>
    </message>
    <message>
      <source>Remark {number} recorded.</source>
      <translation>Замечание {number} записано.</translation>
    </message>
    <message>
      <source>Incident {number} recorded.</source>
      <translation>Инцидент {number} записан.</translation>
    </message>
    <message>
      <source>The station is closed.</source>
      <translation>Участок закрыт.</translation>
    </message>
    <message>
      <source>Check-in of {iin} voided.</source>
      <translation>Регистрация по ИИН {iin} аннулирована.</translation>
    </message>
    <message>
      <source>Race {race}: {count} spoiled ballot(s) recorded.</source>
      <translation>Голосование {race}: записано испорченных бюллетеней — {count}.</translation>
    </message>
    <message>
      <source>Precinct {id} — {name}</source>
      <translation>Участок {id} — {name}</translation>
    </message>
    <message>
      <source>State: {state}</source>
      <translation>Состояние: {state}</translation>
    </message>
    <message>
      <source>Roll: {on_roll} members on this roll, {eligible} eligible; {total} in the file.</source>
      <translation>Список: членов партии этого участка — {on_roll}, из них имеют право голоса — {eligible}; всего в файле — {total}.</translation>
    </message>
    <message>
      <source>Checked in: {live} ({percent}%), voided {voided}, backfilled {backfilled}.</source>
      <translation>Зарегистрировано: {live} ({percent}%), аннулировано: {voided}, перенесено из бумажного списка: {backfilled}.</translation>
    </message>
    <message>
      <source>Journal: {entries} entries.</source>
      <translation>Журнал: записей — {entries}.</translation>
    </message>
    <message>
      <source>The journal is intact ({entries} entries).</source>
      <translation>Журнал не нарушен (записей: {entries}).</translation>
    </message>
    <message>
      <source>Backup written and checked: {path}</source>
      <translation>Резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the damaged file was kept beside it.</source>
      <translation>{path} восстановлен из {backup}; повреждённый файл сохранён рядом.</translation>
    </message>
    <message>
      <source>The station file is intact.</source>
      <translation>Файл участка не повреждён.</translation>
    </message>
    <message>
      <source>Set {env} or run in a terminal to be asked.</source>
      <translation>Задайте {env} или запустите в терминале, чтобы ввести значение по запросу.</translation>
    </message>
    <message>
      <source>The two entries differ; enter it again.</source>
      <translation>Введённые значения не совпадают; введите ещё раз.</translation>
    </message>
    <message>
      <source>Repeat the new PIN for {officer}</source>
      <translation>Повторите новый PIN-код для {officer}</translation>
    </message>
    <message>
      <source>Backups and the paper list go to {folder} (a stand-in for the USB stick).</source>
      <translation>Резервные копии и бумажный список записываются в {folder} (вместо USB-накопителя).</translation>
    </message>
    <message>
      <source>Trial keys in {folder} (chair's key password: {password}).</source>
      <translation>Пробные ключи в {folder} (пароль ключа председателя: {password}).</translation>
    </message>
    <message>
      <source>The report cannot be written over the file being imported.</source>
      <translation>Нельзя записать отчёт поверх импортируемого файла.</translation>
    </message>
    <message>
      <source>Report of every problem, with line, IIN and name: {path} (rejected rows: {rejected}; warnings: {warnings}).</source>
      <translation>Отчёт обо всех проблемах с номером строки, ИИН и именем: {path} (отклонено строк: {rejected}; предупреждений: {warnings}).</translation>
    </message>
    <message>
      <source>No member found.</source>
      <translation>Член партии не найден.</translation>
    </message>
    <message>
      <source>may vote</source>
      <translation>может голосовать</translation>
    </message>
    <message>
      <source>Give --answers FILE or --all-yes (one of them).</source>
      <translation>Укажите --answers FILE или --all-yes (одно из двух).</translation>
    </message>
    <message>
      <source>Give IINs or --from FILE (not both).</source>
      <translation>Укажите ИИН или --from FILE (не то и другое сразу).</translation>
    </message>
    <message>
      <source>Race {id}: received {received}, issued {issued}, spoiled {spoiled}, remaining {remaining}.</source>
      <translation>Голосование {id}: получено {received}, выдано {issued}, испорчено {spoiled}, осталось {remaining}.</translation>
    </message>
    <message>
      <source>Line {line}, {severity}: {message}</source>
      <translation>Строка {line}, {severity}: {message}</translation>
    </message>
    <message>
      <source>… and {n} more in the report.</source>
      <translation>… и ещё {n} в отчёте.</translation>
    </message>
    <message>
      <source>No problems: the earlier report {path} was deleted.</source>
      <translation>Проблем нет: прежний отчёт {path} удалён.</translation>
    </message>
    <message>
      <source>Checklist {name} recorded: every mandatory item is in place.</source>
      <translation>Контрольный лист {name} записан: все обязательные пункты выполнены.</translation>
    </message>
    <message>
      <source>Checklist {name} recorded; mandatory items not in place: {items}.</source>
      <translation>Контрольный лист {name} записан; не выполнены обязательные пункты: {items}.</translation>
    </message>
    <message>
      <source>Polling Station stopped on an internal error ({kind}). Nothing was half-written: every change is one transaction. Please report the command you ran.</source>
      <translation>Программа «Избирательный участок» остановлена из-за внутренней ошибки ({kind}). Ничего не записано наполовину: каждое изменение — одна транзакция. Сообщите, какую команду вы выполнили.</translation>
    </message>
    <message>
      <source>line {line}: </source>
      <translation>строка {line}: </translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>error</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>предупреждение</translation>
    </message>
    <message>
      <source>REFUSED</source>
      <translation>ОТКАЗАНО</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {accepted} accepted ({added} new, {changed} changed, {unchanged} unchanged), {collapsed} identical duplicates collapsed, {rejected} rejected.</source>
      <translation>{file}: строк: {rows}; принято: {accepted} (новых: {added}, изменённых: {changed}, без изменений: {unchanged}), объединено одинаковых дубликатов: {collapsed}, отклонено: {rejected}.</translation>
    </message>
    <message>
      <source>The roll holds {members} members, {eligible} of them eligible.</source>
      <translation>В списке членов партии: {members}, из них имеют право голоса: {eligible}.</translation>
    </message>
    <message>
      <source>Created the branch database of {election} in {path}.</source>
      <translation>База данных филиала для выборов {election} создана в {path}.</translation>
    </message>
    <message>
      <source>Precinct {precinct}: version {version} from {file} is now current.</source>
      <translation>Участок {precinct}: версия {version} из {file} теперь действующая.</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {accepted} accepted ({added} new, {unchanged} already imported), {collapsed} identical duplicates collapsed, {rejected} rejected.</source>
      <translation>{file}: строк: {rows}; принято: {accepted} (новых: {added}, уже импортированных: {unchanged}), объединено одинаковых дубликатов: {collapsed}, отклонено: {rejected}.</translation>
    </message>
    <message>
      <source>Candidate {candidate} of race {race} excluded.</source>
      <translation>Кандидат {candidate} в голосовании {race} исключён.</translation>
    </message>
    <message>
      <source>Rejected rows, with line numbers and reasons: {path}</source>
      <translation>Отклонённые строки с номерами и причинами: {path}</translation>
    </message>
    <message>
      <source>precinct {precinct}</source>
      <translation>участка {precinct}</translation>
    </message>
    <message>
      <source>every precinct</source>
      <translation>всех участков</translation>
    </message>
    <message>
      <source>CA</source>
      <translation>удостоверяющий центр</translation>
    </message>
    <message>
      <source>certificate</source>
      <translation>сертификат</translation>
    </message>
    <message>
      <source>Trusted {kind} «{subject}» for {scope} (SHA-256 {fingerprint}).</source>
      <translation>Для {scope} добавлен доверенный {kind} «{subject}» (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
      <source>{kind} «{subject}» was already trusted for {scope}.</source>
      <translation>Для {scope} уже доверен {kind} «{subject}».</translation>
    </message>
    <message>
      <source>precinct {precinct} v{version}</source>
      <translation>участок {precinct}, версия {version}</translation>
    </message>
    <message>
      <source>{count} × {code}, e.g. line {line}: {message}</source>
      <translation>{count} × {code}, например, строка {line}: {message}</translation>
    </message>
    <message>
      <source>superseded: {versions}</source>
      <translation>заменены: {versions}</translation>
    </message>
    <message>
      <source>supersedes version(s) {versions}</source>
      <translation>заменяет версии: {versions}</translation>
    </message>
    <message>
      <source>Race {race}: the explanation of {relation} is recorded.</source>
      <translation>Голосование {race}: пояснение к {relation} записано.</translation>
    </message>
    <message>
      <source>Race {race}: entry {entry} discarded.</source>
      <translation>Голосование {race}: ввод {entry} отклонён.</translation>
    </message>
    <message>
      <source>Race {race}: the count is reopened; type both entries again.</source>
      <translation>Голосование {race}: подсчёт возобновлён; выполните оба ввода заново.</translation>
    </message>
    <message>
      <source>Race {race}: {ballots} ballots tallied, {invalid} invalid, {valid} valid.</source>
      <translation>Голосование {race}: подсчитано бюллетеней — {ballots}, недействительных — {invalid}, действительных — {valid}.</translation>
    </message>
    <message>
      <source>The station is counted: every race is agreed and checked.</source>
      <translation>Подсчёт на участке завершён: по всем голосованиям подсчёт согласован и проверен.</translation>
    </message>
    <message>
      <source>agreed: both entries of race {race} are the same; this count sheet counts.</source>
      <translation>согласовано: оба ввода по голосованию {race} совпадают; этот лист подсчёта принят.</translation>
    </message>
    <message>
      <source>Control relations that fail on this count sheet:</source>
      <translation>Контрольные соотношения, не выполняющиеся в этом листе подсчёта:</translation>
    </message>
    <message>
      <source>Race {race}: {status}</source>
      <translation>Голосование {race}: {status}</translation>
    </message>
    <message>
      <source>{relation} (warning): {message}</source>
      <translation>{relation} (предупреждение): {message}</translation>
    </message>
    <message>
      <source>The two entries of race {race} differ on {count} lines; recount them and retype them:</source>
      <translation>Два ввода по голосованию {race} расходятся в строках ({count}); пересчитайте их и введите заново:</translation>
    </message>
    <message>
      <source>Entry {entry} of race {race} recorded; waiting for the other entry.</source>
      <translation>Ввод {entry} по голосованию {race} записан; ожидается другой ввод.</translation>
    </message>
    <message>
      <source>not typed yet</source>
      <translation>ещё не введено</translation>
    </message>
    <message>
      <source>entry 1 typed, waiting for entry 2</source>
      <translation>ввод 1 сделан, ожидается ввод 2</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>два ввода расходятся</translation>
    </message>
    <message>
      <source>agreed</source>
      <translation>согласовано</translation>
    </message>
    <message>
      <source>  differing fields: {fields}</source>
      <translation>  расходящиеся поля: {fields}</translation>
    </message>
    <message>
      <source>The station is marked counted.</source>
      <translation>Участок отмечен как подсчитанный.</translation>
    </message>
    <message>
      <source>{relation} (error): {message}</source>
      <translation>{relation} (ошибка): {message}</translation>
    </message>
    <message>
      <source>Explanation: {text}</source>
      <translation>Пояснение: {text}</translation>
    </message>
    <message>
      <source>Every race is agreed and checked: the chair may mark the station counted.</source>
      <translation>По всем голосованиям подсчёт согласован и проверен: председатель может отметить участок как подсчитанный.</translation>
    </message>
    <message>
      <source>line {line} ({field})</source>
      <translation>строка {line} ({field})</translation>
    </message>
    <message>
      <source>line {line} ({field}): you typed {value}</source>
      <translation>строка {line} ({field}): вы ввели {value}</translation>
    </message>
    <message>
      <source>Paper list written: {path} ({members} members, {checked_in} checked in).</source>
      <translation>Бумажный список записан: {path} (членов партии: {members}, зарегистрировано: {checked_in}).</translation>
    </message>
    <message>
      <source>Password of the key file</source>
      <translation>Пароль файла ключа</translation>
    </message>
    <message>
      <source>Protocol version {version} signed by {signer} at {at}.</source>
      <translation>Версию {version} протокола подписал(а) {signer} ({at}).</translation>
    </message>
    <message>
      <source>SHA-256 of protocol.json: {sha}</source>
      <translation>SHA-256 файла protocol.json: {sha}</translation>
    </message>
    <message>
      <source>Package written: {path} (SHA-256 {sha}).</source>
      <translation>Пакет записан: {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>The station is finalized: read-only from now on.</source>
      <translation>Протокол участка завершён: теперь участок доступен только для чтения.</translation>
    </message>
    <message>
      <source>Package of version {version} written: {path} (SHA-256 {sha}).</source>
      <translation>Пакет версии {version} записан: {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>The station is open for a correction; reopen a race's count if it must change, then finalize again.</source>
      <translation>Участок открыт для исправления; возобновите подсчёт по голосованию, если его нужно изменить, затем снова завершите протокол.</translation>
    </message>
    <message>
      <source>Version {version}, {at}, SHA-256 {sha}</source>
      <translation>Версия {version}, {at}, SHA-256 {sha}</translation>
    </message>
    <message>
      <source>Password for the new CA key</source>
      <translation>Пароль для нового ключа удостоверяющего центра</translation>
    </message>
    <message>
      <source>CA written: {p12} (key) and {pem} (certificate to trust).</source>
      <translation>Удостоверяющий центр записан: {p12} (ключ) и {pem} (сертификат, которому нужно доверять).</translation>
    </message>
    <message>
      <source>Password of the CA key</source>
      <translation>Пароль ключа удостоверяющего центра</translation>
    </message>
    <message>
      <source>Password for the new key</source>
      <translation>Пароль для нового ключа</translation>
    </message>
    <message>
      <source>Key written: {p12} (certificate {pem}).</source>
      <translation>Ключ записан: {p12} (сертификат {pem}).</translation>
    </message>
    <message>
      <source>No protocol has been finalized yet.</source>
      <translation>Ни один протокол ещё не завершён.</translation>
    </message>
    <message>
      <source>Signed PDF written: {path}</source>
      <translation>Подписанный PDF записан: {path}</translation>
    </message>
    <message>
      <source>Repeat the password for the new CA key</source>
      <translation>Повторите пароль для нового ключа удостоверяющего центра</translation>
    </message>
    <message>
      <source>Repeat the password for the new key</source>
      <translation>Повторите пароль для нового ключа</translation>
    </message>
    <message>
      <source>Precinct {precinct}, protocol version {version}, signed by {signer} (IIN {iin}) at {at}.</source>
      <translation>Участок {precinct}, версия протокола {version}, подписал(а) {signer} (ИИН {iin}), {at}.</translation>
    </message>
    <message>
      <source>FAILED: {message}</source>
      <translation>ОШИБКА: {message}</translation>
    </message>
    <message>
      <source>OK: every hash, both signatures, the journal and the QR codes agree.</source>
      <translation>OK: все хеши, обе подписи, журнал и QR-коды согласуются.</translation>
    </message>
    <message>
      <source>No certificate was given with --trust, so no signature can be trusted.</source>
      <translation>Сертификат в --trust не указан, поэтому ни одной подписи нельзя доверять.</translation>
    </message>
  </context>
  <context>
    <name>terms</name>
    <message>
      <source>chair</source>
      <comment>chair</comment>
      <translation>председатель</translation>
    </message>
    <message>
      <source>secretary</source>
      <comment>secretary</comment>
      <translation>секретарь</translation>
    </message>
    <message>
      <source>clerk</source>
      <comment>clerk</comment>
      <translation>член комиссии</translation>
    </message>
    <message>
      <source>setting up</source>
      <comment>SETUP</comment>
      <translation>подготовка</translation>
    </message>
    <message>
      <source>open</source>
      <comment>OPEN</comment>
      <translation>открыт</translation>
    </message>
    <message>
      <source>closed</source>
      <comment>CLOSED</comment>
      <translation>закрыт</translation>
    </message>
    <message>
      <source>counted</source>
      <comment>COUNTED</comment>
      <translation>подсчитан</translation>
    </message>
    <message>
      <source>finalized</source>
      <comment>FINALIZED</comment>
      <translation>завершён</translation>
    </message>
    <message>
      <source>opening</source>
      <comment>opening</comment>
      <translation>открытие участка</translation>
    </message>
    <message>
      <source>periodic</source>
      <comment>periodic</comment>
      <translation>периодическая проверка</translation>
    </message>
    <message>
      <source>closing</source>
      <comment>closing</comment>
      <translation>закрытие участка</translation>
    </message>
    <message>
      <source>race</source>
      <comment>race</comment>
      <translation>голосование</translation>
    </message>
    <message>
      <source>region</source>
      <comment>region</comment>
      <translation>регион</translation>
    </message>
    <message>
      <source>candidate</source>
      <comment>candidate</comment>
      <translation>кандидат</translation>
    </message>
    <message>
      <source>precinct</source>
      <comment>precinct</comment>
      <translation>участок</translation>
    </message>
    <message>
      <source>station</source>
      <comment>station</comment>
      <translation>избирательный участок</translation>
    </message>
    <message>
      <source>branch</source>
      <comment>branch</comment>
      <translation>филиал</translation>
    </message>
    <message>
      <source>male</source>
      <comment>M</comment>
      <translation>мужской</translation>
    </message>
    <message>
      <source>female</source>
      <comment>F</comment>
      <translation>женский</translation>
    </message>
    <message>
      <source>IIN</source>
      <comment>iin</comment>
      <translation>ИИН</translation>
    </message>
    <message>
      <source>surname</source>
      <comment>surname</comment>
      <translation>фамилия</translation>
    </message>
    <message>
      <source>given name</source>
      <comment>given_name</comment>
      <translation>имя</translation>
    </message>
    <message>
      <source>patronymic</source>
      <comment>patronymic</comment>
      <translation>отчество</translation>
    </message>
    <message>
      <source>birth date</source>
      <comment>birth_date</comment>
      <translation>дата рождения</translation>
    </message>
    <message>
      <source>sex</source>
      <comment>sex</comment>
      <translation>пол</translation>
    </message>
    <message>
      <source>date of joining</source>
      <comment>joined_on</comment>
      <translation>дата вступления</translation>
    </message>
    <message>
      <source>status</source>
      <comment>status</comment>
      <translation>статус</translation>
    </message>
    <message>
      <source>voting time</source>
      <comment>voted_at</comment>
      <translation>время голосования</translation>
    </message>
    <message>
      <source>choices</source>
      <comment>choices</comment>
      <translation>отметки</translation>
    </message>
    <message>
      <source>unused ballots</source>
      <comment>unused</comment>
      <translation>неиспользованные бюллетени</translation>
    </message>
    <message>
      <source>ballots found in the box</source>
      <comment>found_in_box</comment>
      <translation>бюллетени, обнаруженные в ящике для голосования</translation>
    </message>
    <message>
      <source>invalid ballots</source>
      <comment>invalid</comment>
      <translation>недействительные бюллетени</translation>
    </message>
    <message>
      <source>votes</source>
      <comment>votes</comment>
      <translation>голоса</translation>
    </message>
    <message>
      <source>general</source>
      <comment>general</comment>
      <translation>общее</translation>
    </message>
    <message>
      <source>disorder</source>
      <comment>disorder</comment>
      <translation>нарушение порядка</translation>
    </message>
    <message>
      <source>health</source>
      <comment>health</comment>
      <translation>здоровье</translation>
    </message>
    <message>
      <source>equipment</source>
      <comment>equipment</comment>
      <translation>оборудование</translation>
    </message>
    <message>
      <source>ballots</source>
      <comment>ballots</comment>
      <translation>бюллетени</translation>
    </message>
    <message>
      <source>complaint</source>
      <comment>complaint</comment>
      <translation>жалоба</translation>
    </message>
    <message>
      <source>power failure</source>
      <comment>power</comment>
      <translation>отключение электроэнергии</translation>
    </message>
    <message>
      <source>other</source>
      <comment>other</comment>
      <translation>другое</translation>
    </message>
    <message>
      <source>active</source>
      <comment>active</comment>
      <translation>действует</translation>
    </message>
    <message>
      <source>suspended</source>
      <comment>suspended</comment>
      <translation>приостановлено</translation>
    </message>
    <message>
      <source>imported</source>
      <comment>imported</comment>
      <translation>принят</translation>
    </message>
    <message>
      <source>already imported</source>
      <comment>duplicate</comment>
      <translation>уже принят</translation>
    </message>
    <message>
      <source>rejected</source>
      <comment>rejected</comment>
      <translation>отклонён</translation>
    </message>
    <message>
      <source>superseded</source>
      <comment>superseded</comment>
      <translation>заменён новой версией</translation>
    </message>
    <message>
      <source>in conflict</source>
      <comment>conflict</comment>
      <translation>в конфликте</translation>
    </message>
    <message>
      <source>missing</source>
      <comment>missing</comment>
      <translation>не поступил</translation>
    </message>
    <message>
      <source>table</source>
      <comment>table</comment>
      <translation>таблица</translation>
    </message>
    <message>
      <source>index</source>
      <comment>index</comment>
      <translation>индекс</translation>
    </message>
    <message>
      <source>trigger</source>
      <comment>trigger</comment>
      <translation>триггер</translation>
    </message>
    <message>
      <source>view</source>
      <comment>view</comment>
      <translation>представление</translation>
    </message>
    <message>
      <source>add an officer</source>
      <comment>officer.add</comment>
      <translation>добавить члена комиссии</translation>
    </message>
    <message>
      <source>import the member roll</source>
      <comment>roll.import</comment>
      <translation>импортировать список членов партии</translation>
    </message>
    <message>
      <source>import the online voters</source>
      <comment>online.import</comment>
      <translation>импортировать проголосовавших онлайн</translation>
    </message>
    <message>
      <source>search the roll</source>
      <comment>search</comment>
      <translation>искать в списке</translation>
    </message>
    <message>
      <source>record ballots received</source>
      <comment>ballots.received</comment>
      <translation>записать полученные бюллетени</translation>
    </message>
    <message>
      <source>open the station</source>
      <comment>station.open</comment>
      <translation>открыть участок</translation>
    </message>
    <message>
      <source>close the station</source>
      <comment>station.close</comment>
      <translation>закрыть участок</translation>
    </message>
    <message>
      <source>issue a ballot</source>
      <comment>checkin</comment>
      <translation>выдать бюллетень</translation>
    </message>
    <message>
      <source>void a check-in</source>
      <comment>checkin.void</comment>
      <translation>аннулировать регистрацию</translation>
    </message>
    <message>
      <source>record a spoiled ballot</source>
      <comment>ballot.spoil</comment>
      <translation>записать испорченный бюллетень</translation>
    </message>
    <message>
      <source>record a checklist</source>
      <comment>checklist.run</comment>
      <translation>записать контрольный лист</translation>
    </message>
    <message>
      <source>open by exception</source>
      <comment>checklist.exception</comment>
      <translation>открыть участок с отступлением</translation>
    </message>
    <message>
      <source>register an observer</source>
      <comment>observer.add</comment>
      <translation>зарегистрировать наблюдателя</translation>
    </message>
    <message>
      <source>record an observer's departure</source>
      <comment>observer.leave</comment>
      <translation>записать убытие наблюдателя</translation>
    </message>
    <message>
      <source>record an observer's remark</source>
      <comment>observer.remark</comment>
      <translation>записать замечание наблюдателя</translation>
    </message>
    <message>
      <source>record an incident</source>
      <comment>incident.add</comment>
      <translation>записать инцидент</translation>
    </message>
    <message>
      <source>print the paper list</source>
      <comment>paper.list</comment>
      <translation>напечатать бумажный список</translation>
    </message>
    <message>
      <source>choose the backup folder</source>
      <comment>backup.configure</comment>
      <translation>выбрать папку для резервных копий</translation>
    </message>
    <message>
      <source>restore from a backup</source>
      <comment>station.restore</comment>
      <translation>восстановить из резервной копии</translation>
    </message>
    <message>
      <source>enter a count sheet</source>
      <comment>count.enter</comment>
      <translation>ввести лист подсчёта</translation>
    </message>
    <message>
      <source>explain a warning</source>
      <comment>count.explain</comment>
      <translation>пояснить предупреждение</translation>
    </message>
    <message>
      <source>discard a count entry</source>
      <comment>count.discard</comment>
      <translation>отклонить ввод подсчёта</translation>
    </message>
    <message>
      <source>reopen a count</source>
      <comment>count.reopen</comment>
      <translation>возобновить подсчёт</translation>
    </message>
    <message>
      <source>tally ballots</source>
      <comment>count.tally</comment>
      <translation>подсчитать по бюллетеням</translation>
    </message>
    <message>
      <source>close the count</source>
      <comment>station.counted</comment>
      <translation>завершить подсчёт</translation>
    </message>
    <message>
      <source>finalize the protocol</source>
      <comment>protocol.finalize</comment>
      <translation>завершить протокол</translation>
    </message>
    <message>
      <source>correct a finalized protocol</source>
      <comment>protocol.correct</comment>
      <translation>исправить завершённый протокол</translation>
    </message>
    <message>
      <source>export the protocol package</source>
      <comment>protocol.export</comment>
      <translation>экспортировать пакет протокола</translation>
    </message>
  </context>
</TS>
