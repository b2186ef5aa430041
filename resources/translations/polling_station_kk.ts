<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
  <context>
    <name>App</name>
    <message>
      <source>Open the station file</source>
      <translation>Учаске файлын ашу</translation>
    </message>
    <message>
      <source>Station files (*.db *.sqlite);;All files (*)</source>
      <translation>Учаске файлдары (*.db *.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>The station file needs attention</source>
      <translation>Учаске файлын тексеру қажет</translation>
    </message>
    <message>
      <source>The station file {file} failed its start-up check:

{details}

The chair can restore it from the last checked backup (the damaged file is kept). Restore now?</source>
      <translation>{file} учаске файлы іске қосу кезіндегі тексеруден өтпеді:

{details}

Төраға оны соңғы тексерілген сақтық көшірмеден қалпына келтіре алады (зақымдалған файл сақталады). Қазір қалпына келтіру керек пе?</translation>
    </message>
    <message>
      <source>Choose the backup</source>
      <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
      <source>Station backups (*.db);;All files (*)</source>
      <translation>Учаскенің сақтық көшірмелері (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>The chair's login:</source>
      <translation>Төрағаның логині:</translation>
    </message>
    <message>
      <source>The chair's PIN:</source>
      <translation>Төрағаның PIN-коды:</translation>
    </message>
    <message>
      <source>The station was restored from {backup}.</source>
      <translation>Учаске {backup} сақтық көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
      <source>Polling Station</source>
      <translation>Сайлау учаскесі</translation>
    </message>
  </context>
  <context>
    <name>BackfillController</name>
    <message>
      <source>Paper list</source>
      <translation>Қағаз тізім</translation>
    </message>
    <message>
      <source>Text files (*.txt *.csv);;All files (*)</source>
      <translation>Мәтіндік файлдар (*.txt *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Checked in, receipt {receipt}</source>
      <translation>Тіркелді, түбіртек {receipt}</translation>
    </message>
    <message>
      <source>Checked in: {done}. Refused: {refused}.</source>
      <translation>Тіркелді: {done}. Бас тартылды: {refused}.</translation>
    </message>
    <message>
      <source>now</source>
      <translation>қазір</translation>
    </message>
  </context>
  <context>
    <name>BackfillDialog</name>
    <message>
      <source>Backfill check-ins from the paper list</source>
      <translation>Қағаз тізімдегі тіркеулерді енгізу</translation>
    </message>
    <message>
      <source>One line per member written on the paper list: the IIN, then the time it was written (HH:MM on the voting day). The check-ins keep their original times and are marked as backfilled.</source>
      <translation>Қағаз тізімге жазылған әр мүшеге бір жол: алдымен ЖСН, содан кейін жазылған уақыты (дауыс беру күнгі уақыт, СС:ММ). Тіркеулер бастапқы уақытын сақтайды және кейін енгізілген деп белгіленеді.</translation>
    </message>
    <message>
      <source>Load a file…</source>
      <translation>Файлды жүктеу…</translation>
    </message>
    <message>
      <source>Check in these lines</source>
      <translation>Осы жолдарды тіркеу</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Жол</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ЖСН</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Уақыт</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Нәтиже</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
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
      <translation>Учаске пакеттері</translation>
    </message>
    <message>
      <source>Import a folder of packages…</source>
      <translation>Пакеттер қалтасын импорттау…</translation>
    </message>
    <message>
      <source>Trusted certificates…</source>
      <translation>Сенімді сертификаттар…</translation>
    </message>
    <message>
      <source>Settle a conflict…</source>
      <translation>Қайшылықты шешу…</translation>
    </message>
    <message>
      <source>Packages of a precinct that cannot all stand (two different ones of the same version, for example): record which one the commission chose, and why.</source>
      <translation>Бір учаскенің бірге тұра алмайтын пакеттері (мысалы, бір нұсқаның екі түрлі пакеті): комиссия қайсысын таңдағанын және неге таңдағанын жазыңыз.</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Учаске</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Өңір</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Күйі</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Нұсқа</translation>
    </message>
    <message>
      <source>Superseded</source>
      <translation>Ауыстырылған</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Толығырақ</translation>
    </message>
    <message>
      <source>Refused files (every refusal stays listed, also after a good package came)</source>
      <translation>Қабылданбаған файлдар (кейін дұрыс пакет келсе де, әр бас тарту тізімде қалады)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Refused at</source>
      <translation>Қабылданбаған уақыты</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Себебі</translation>
    </message>
    <message>
      <source>Online ballots</source>
      <translation>Онлайн бюллетеньдер</translation>
    </message>
    <message>
      <source>Import online ballots…</source>
      <translation>Онлайн бюллетеньдерді импорттау…</translation>
    </message>
    <message>
      <source>Why rows were rejected (the first such row)</source>
      <translation>Жолдардың қабылданбау себебі (осындай алғашқы жол)</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Жолдар</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>Қатысу</translation>
    </message>
    <message>
      <source>Write the reports…</source>
      <translation>Есептерді жазу…</translation>
    </message>
    <message>
      <source>By region</source>
      <translation>Өңірлер бойынша</translation>
    </message>
    <message>
      <source>Registered</source>
      <translation>Тізімдегі мүшелер</translation>
    </message>
    <message>
      <source>Voted</source>
      <translation>Дауыс бергендер</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Қағазбен</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Онлайн</translation>
    </message>
    <message>
      <source>Turnout, %</source>
      <translation>Қатысу, %</translation>
    </message>
    <message>
      <source>By precinct</source>
      <translation>Учаскелер бойынша</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Ratings and draft list</source>
      <translation>Рейтингтер және тізім жобасы</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Сайлау</translation>
    </message>
    <message>
      <source>Exclude a candidate…</source>
      <translation>Үміткерді шығару…</translation>
    </message>
    <message>
      <source>Record the control committee's decision to exclude a candidate: the votes stay, the candidate takes no rank.</source>
      <translation>Бақылау комитетінің үміткерді шығару туралы шешімін тіркеу: дауыстар сақталады, бірақ үміткерге рейтингте орын берілмейді.</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Жалпы</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>Орны</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>Үміткер</translation>
    </message>
    <message>
      <source>Votes</source>
      <translation>Дауыстар</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Белгі</translation>
    </message>
    <message>
      <source>Among women</source>
      <translation>Әйелдер арасында</translation>
    </message>
    <message>
      <source>Among youth</source>
      <translation>Жастар арасында</translation>
    </message>
    <message>
      <source>Draft party list (quotas met)</source>
      <translation>Партиялық тізім жобасы (квоталар орындалған)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Why on the list</source>
      <translation>Тізімге енгізілу себебі</translation>
    </message>
  </context>
  <context>
    <name>BranchExcludeDialog</name>
    <message>
      <source>Exclude a candidate</source>
      <translation>Үміткерді шығару</translation>
    </message>
    <message>
      <source>Record the party control committee's decision. An excluded candidate keeps the votes, which stay in the results with the reason, but takes no rank and is never on the draft list. The exclusion is written to the journal and cannot be taken back here.</source>
      <translation>Партияның бақылау комитетінің шешімін тіркеңіз. Шығарылған үміткердің дауыстары сақталады және нәтижелерде себебімен бірге көрсетіледі, бірақ оған рейтингте орын берілмейді және ол тізім жобасына ешқашан енгізілмейді. Шығару журналға жазылады, оны осы жерде кері қайтаруға болмайды.</translation>
    </message>
    <message>
      <source>&amp;Race</source>
      <translation>&amp;Сайлау</translation>
    </message>
    <message>
      <source>&amp;Candidate</source>
      <translation>&amp;Үміткер</translation>
    </message>
    <message>
      <source>Already excluded in this race</source>
      <translation>Осы сайлауда бұрын шығарылғандар</translation>
    </message>
    <message>
      <source>Candidate</source>
      <translation>Үміткер</translation>
    </message>
    <message>
      <source>Recorded in</source>
      <translation>Қайда тіркелген</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Себебі</translation>
    </message>
    <message>
      <source>The control committee's &amp;decision (required)</source>
      <translation>Бақылау комитетінің &amp;шешімі (міндетті)</translation>
    </message>
    <message>
      <source>For example: decision No. 12 of the control committee of 4 October 2020.</source>
      <translation>Мысалы: бақылау комитетінің 2020 жылғы 4 қазандағы № 12 шешімі.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Exclude the candidate</source>
      <translation>Үміткерді шығару</translation>
    </message>
  </context>
  <context>
    <name>BranchJobs</name>
    <message>
      <source>the disk is full</source>
      <translation>диск толып қалған</translation>
    </message>
    <message>
      <source>access is denied</source>
      <translation>қол жеткізуге рұқсат жоқ</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
      <source>the file or folder does not exist</source>
      <translation>файл немесе қалта жоқ</translation>
    </message>
    <message>
      <source>a folder was chosen where a file is needed</source>
      <translation>файл қажет жерде қалта таңдалған</translation>
    </message>
    <message>
      <source>the disk could not be read or written (a failing disk or a removed USB stick)</source>
      <translation>дискіден оқу немесе оған жазу мүмкін болмады (диск ақаулы немесе USB жинақтауыш суырылып алынған)</translation>
    </message>
    <message>
      <source>another program is using the branch file</source>
      <translation>филиал файлын басқа бағдарлама пайдаланып жатыр</translation>
    </message>
    <message>
      <source>the branch file is read-only</source>
      <translation>филиал файлы тек оқуға арналған</translation>
    </message>
    <message>
      <source>the branch file cannot be opened</source>
      <translation>филиал файлын ашу мүмкін емес</translation>
    </message>
    <message>
      <source>the branch file is damaged</source>
      <translation>филиал файлы бүлінген</translation>
    </message>
    <message>
      <source>a database error ({code})</source>
      <translation>дерекқор қатесі ({code})</translation>
    </message>
    <message>
      <source>… and {count} more.</source>
      <translation>… және тағы {count}.</translation>
    </message>
    <message>
      <source>{file} could not be used: {reason}. The step that failed was not recorded; try again when it is fixed.</source>
      <translation>{file} файлын пайдалану мүмкін болмады: {reason}. Орындалмаған қадам тіркелмеді; ақау жойылғаннан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <source>The branch file or a chosen file could not be used: {reason}. The step that failed was not recorded; try again when it is fixed.</source>
      <translation>Филиал файлын немесе таңдалған файлды пайдалану мүмкін болмады: {reason}. Орындалмаған қадам тіркелмеді; ақау жойылғаннан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <source>The work stopped because of a fault in the program ({kind}), not in your files. What was finished before it is kept. Please report it (the details were written to the program's error output).</source>
      <translation>Жұмыс сіздің файлдарыңыздағы емес, бағдарламаның өзіндегі ақауға байланысты тоқтады ({kind}). Оған дейін аяқталған жұмыс сақталды. Бұл туралы хабарлаңыз (толық мәліметтер бағдарламаның қателер шығысына жазылды).</translation>
    </message>
  </context>
  <context>
    <name>BranchNewDialog</name>
    <message>
      <source>New branch file</source>
      <translation>Жаңа филиал файлы</translation>
    </message>
    <message>
      <source>&amp;Election definition (JSON)</source>
      <translation>&amp;Сайлау сипаттамасы (JSON)</translation>
    </message>
    <message>
      <source>election.json from the party's central office</source>
      <translation>партияның орталық аппаратынан алынған election.json</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>Member &amp;roll (CSV or XLSX)</source>
      <translation>Партия &amp;мүшелерінің тізімі (CSV немесе XLSX)</translation>
    </message>
    <message>
      <source>the national or regional roll: turnout denominators, online checks</source>
      <translation>жалпыұлттық немесе өңірлік тізім: қатысуды есептеу және онлайн бюллетеньдерді тексеру үшін</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Жол</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Баған</translation>
    </message>
    <message>
      <source>Why the row was rejected</source>
      <translation>Жолдың қабылданбау себебі</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Create the branch file</source>
      <translation>Филиал файлын құру</translation>
    </message>
    <message>
      <source>Open the dashboard</source>
      <translation>Филиал панелін ашу</translation>
    </message>
  </context>
  <context>
    <name>BranchResolveDialog</name>
    <message>
      <source>Settle a conflict between packages</source>
      <translation>Пакеттер арасындағы қайшылықты шешу</translation>
    </message>
    <message>
      <source>The packages below cannot all stand (the last column says why), so none of them counts. Choose the one the commission decided on and write its reason: that package becomes the precinct's protocol and the others are set aside. The choice is written to the journal.</source>
      <translation>Төмендегі пакеттер бірге тұра алмайды (себебі соңғы бағанда), сондықтан олардың ешқайсысы есепке алынбайды. Комиссия шешкен пакетті таңдап, себебін жазыңыз: сол пакет учаскенің хаттамасы болады, қалғандары шеттетіледі. Таңдау журналға жазылады.</translation>
    </message>
    <message>
      <source>&amp;Precinct</source>
      <translation>&amp;Учаске</translation>
    </message>
    <message>
      <source>The packages in conflict (choose one)</source>
      <translation>Қайшы пакеттер (біреуін таңдаңыз)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Нұсқа</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Қол қойған</translation>
    </message>
    <message>
      <source>Imported at</source>
      <translation>Импортталған уақыты</translation>
    </message>
    <message>
      <source>SHA-256 (start)</source>
      <translation>SHA-256 (басы)</translation>
    </message>
    <message>
      <source>Why it is in conflict</source>
      <translation>Қайшылық себебі</translation>
    </message>
    <message>
      <source>The commission's &amp;reason (required)</source>
      <translation>Комиссия көрсеткен &amp;себеп (міндетті)</translation>
    </message>
    <message>
      <source>For example: decision No. 3 of the commission: the copy delivered by the chair in person is the valid one.</source>
      <translation>Мысалы: комиссияның № 3 шешімі: төраға өзі жеткізген дана жарамды деп танылды.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Keep the chosen package</source>
      <translation>Таңдалған пакетті қалдыру</translation>
    </message>
  </context>
  <context>
    <name>BranchTrustDialog</name>
    <message>
      <source>Trusted certificates</source>
      <translation>Сенімді сертификаттар</translation>
    </message>
    <message>
      <source>A package is accepted only when its chair's signature leads to a certificate trusted here. Trust the certification authority (CA) that issued the chairs' keys for every precinct, or one chair's own certificate for the precincts that chair signs for. Each addition is written to the journal.</source>
      <translation>Пакет төрағаның қолтаңбасының тізбегі осында сенімді деп белгіленген сертификатқа жеткенде ғана қабылданады. Төрағалардың кілттерін берген куәландырушы орталықты (CA) — барлық учаскелер үшін, немесе жекелеген төрағаның өз сертификатын — сол төраға қол қоятын учаскелер үшін сенімділер қатарына қосыңыз. Әр қосу журналға жазылады.</translation>
    </message>
    <message>
      <source>&amp;Certificate (PEM or DER)</source>
      <translation>&amp;Сертификат (PEM немесе DER)</translation>
    </message>
    <message>
      <source>ca.pem of the branch, or a chair's certificate</source>
      <translation>филиалдың ca.pem файлы немесе төраға сертификаты</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>For &amp;every precinct</source>
      <translation>&amp;Барлық учаскелер үшін</translation>
    </message>
    <message>
      <source>Only for the &amp;precincts ticked here:</source>
      <translation>Тек осында белгіленген &amp;учаскелер үшін:</translation>
    </message>
    <message>
      <source>Trust the certificate</source>
      <translation>Сертификатты сенімділерге қосу</translation>
    </message>
    <message>
      <source>Trusted now</source>
      <translation>Қазір сенімді деп белгіленгендер</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Сертификат</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Trusted for</source>
      <translation>Қай учаскелер үшін</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
  </context>
  <context>
    <name>BranchWindow</name>
    <message>
      <source>Acting: {user}</source>
      <translation>Пайдаланушы: {user}</translation>
    </message>
    <message>
      <source>Polling Station: branch office — {election}</source>
      <translation>Сайлау учаскесі: филиал — {election}</translation>
    </message>
    <message>
      <source>Wait until the current work finishes.</source>
      <translation>Ағымдағы жұмыс аяқталғанша күтіңіз.</translation>
    </message>
    <message>
      <source>The folder with the precincts' packages</source>
      <translation>Учаске пакеттері бар қалта</translation>
    </message>
    <message>
      <source>{count} package(s) in {folder}</source>
      <translation>{folder} қалтасында {count} пакет</translation>
    </message>
    <message>
      <source>There is no package (a .zip file) in {folder}.</source>
      <translation>{folder} қалтасында бірде-бір пакет (.zip файлы) жоқ.</translation>
    </message>
    <message>
      <source>Imported {imported}, already there {duplicate}, superseded {superseded}, in conflict {conflict}, rejected {rejected}.</source>
      <translation>Импортталды: {imported}, бұрыннан бар: {duplicate}, ауыстырылды: {superseded}, қайшы: {conflict}, қабылданбады: {rejected}.</translation>
    </message>
    <message>
      <source>{count} package(s) were refused: the reasons are in the list of refused files below.</source>
      <translation>{count} пакет қабылданбады: себептері төмендегі қабылданбаған файлдар тізімінде көрсетілген.</translation>
    </message>
    <message>
      <source>A precinct has packages that cannot all stand: settle the conflict (the commission chooses one).</source>
      <translation>Бір учаскенің бірге тұра алмайтын пакеттері бар: қайшылықты шешіңіз (комиссия біреуін таңдайды).</translation>
    </message>
    <message>
      <source>Every package of the folder was verified.</source>
      <translation>Қалтадағы барлық пакет тексерілді.</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>импортталды</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>қабылданбады</translation>
    </message>
    <message>
      <source>conflict</source>
      <translation>қайшылық</translation>
    </message>
    <message>
      <source>Different packages of version {version}: {files}</source>
      <translation>{version}-нұсқаның әртүрлі пакеттері: {files}</translation>
    </message>
    <message>
      <source>Signed by {signer}</source>
      <translation>Қол қойған: {signer}</translation>
    </message>
    <message>
      <source>correction: {reason}</source>
      <translation>түзету: {reason}</translation>
    </message>
    <message>
      <source>Set aside by the commission's choice: {files}</source>
      <translation>Комиссияның таңдауы бойынша шеттетілгендер: {files}</translation>
    </message>
    <message>
      <source>«{precinct}»: not a precinct of this election</source>
      <translation>«{precinct}»: бұл сайлауда ондай учаске жоқ</translation>
    </message>
    <message>
      <source>unknown (not readable)</source>
      <translation>белгісіз (оқылмайды)</translation>
    </message>
    <message>
      <source>No certificate is trusted yet: every package would be refused. Trust the branch's CA first.</source>
      <translation>Әзірге бірде-бір сертификат сенімді деп белгіленбеген: барлық пакет қабылданбайды. Алдымен филиалдың куәландырушы орталығын (CA) сенімділер қатарына қосыңыз.</translation>
    </message>
    <message>
      <source>Trusted: {cas} CA(s), {certificates} chair's certificate(s).</source>
      <translation>Сенімді: куәландырушы орталықтар — {cas}, төрағалардың сертификаттары — {certificates}.</translation>
    </message>
    <message>
      <source>The online ballots</source>
      <translation>Онлайн бюллетеньдер</translation>
    </message>
    <message>
      <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>CSV немесе Excel файлдары (*.csv *.txt *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {added} ballots added, {unchanged} already imported, {rejected} rejected.</source>
      <translation>{file}: {rows} жол; қосылған бюллетеньдер: {added}, бұрын импортталғандар: {unchanged}, қабылданбағандар: {rejected}.</translation>
    </message>
    <message>
      <source>Rejected rows, with line numbers and reasons: {path}</source>
      <translation>Қабылданбаған жолдар, жол нөмірлері мен себептерімен: {path}</translation>
    </message>
    <message>
      <source>e.g. line {line}: {message}</source>
      <translation>мысалы, {line}-жол: {message}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Барлығы</translation>
    </message>
    <message>
      <source>Online ballots: {ballots}, counted {counted}; members who voted both ways: {conflicts}.</source>
      <translation>Онлайн бюллетеньдер: {ballots}, оның ішінде есепке алынғаны: {counted}; екі тәсілмен де дауыс берген мүшелер: {conflicts}.</translation>
    </message>
    <message>
      <source>{region}: {seats} seats; up to {max_choices} marks per ballot</source>
      <translation>{region}: {seats} орын; бір бюллетеньде ең көбі {max_choices} белгі</translation>
    </message>
    <message>
      <source>{seats} seats; up to {max_choices} marks per ballot</source>
      <translation>{seats} орын; бір бюллетеньде ең көбі {max_choices} белгі</translation>
    </message>
    <message>
      <source>excluded</source>
      <translation>шығарылған</translation>
    </message>
    <message>
      <source>tie</source>
      <translation>тең дауыс</translation>
    </message>
    <message>
      <source>by rating</source>
      <translation>рейтинг бойынша</translation>
    </message>
    <message>
      <source>women's quota</source>
      <translation>әйелдер квотасы</translation>
    </message>
    <message>
      <source>youth quota</source>
      <translation>жастар квотасы</translation>
    </message>
    <message>
      <source>women's and youth quotas</source>
      <translation>әйелдер мен жастар квоталары</translation>
    </message>
    <message>
      <source>tie at the cut</source>
      <translation>өту шегінде тең дауыс</translation>
    </message>
    <message>
      <source>Where to write the reports</source>
      <translation>Есептерді жазатын қалта</translation>
    </message>
    <message>
      <source>{count} report files written to {folder}.</source>
      <translation>{folder} қалтасына {count} есеп файлы жазылды.</translation>
    </message>
    <message>
      <source>Ranked</source>
      <translation>Рейтингке енгізілгендер</translation>
    </message>
    <message>
      <source>Excluded (not ranked)</source>
      <translation>Шығарылғандар (рейтингке енгізілмеген)</translation>
    </message>
  </context>
  <context>
    <name>CheckInController</name>
    <message>
      <source>Refused</source>
      <translation>Бас тартылды</translation>
    </message>
    <message>
      <source>Check warning</source>
      <translation>Ескертуді қараңыз</translation>
    </message>
    <message>
      <source>May vote</source>
      <translation>Дауыс бере алады</translation>
    </message>
    <message>
      <source>{name}
{iin} · born {birth} · precinct {precinct} · {verdict}</source>
      <translation>{name}
{iin} · туған күні {birth} · №{precinct} учаске · {verdict}</translation>
    </message>
    <message>
      <source>Ready for the next member</source>
      <translation>Келесі мүшені қабылдауға дайын</translation>
    </message>
    <message>
      <source>Scan the barcode of the ID card, or type a name.</source>
      <translation>Жеке куәліктің штрих-кодын сканерлеңіз немесе аты-жөнін теріңіз.</translation>
    </message>
    <message>
      <source>Do not issue a ballot</source>
      <translation>Бюллетень бермеңіз</translation>
    </message>
    <message>
      <source>Nobody on the roll matches «{query}». Check the spelling, or scan the ID card.</source>
      <translation>Тізімде «{query}» сұрауына сәйкес ешкім жоқ. Жазылуын тексеріңіз немесе жеке куәлікті сканерлеңіз.</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Табылмады</translation>
    </message>
    <message>
      <source>{id} (this precinct)</source>
      <translation>{id} (осы учаске)</translation>
    </message>
    <message>
      <source>{id}: {name}, {address}</source>
      <translation>{id}: {name}, {address}</translation>
    </message>
    <message>
      <source>{status}, joined {joined}</source>
      <translation>{status}, партияға кірген күні {joined}</translation>
    </message>
    <message>
      <source>May vote, but read this first</source>
      <translation>Дауыс бере алады, бірақ алдымен мынаны оқыңыз</translation>
    </message>
    <message>
      <source>On this precinct's roll, membership active, no ballot issued yet.</source>
      <translation>Осы учаскенің тізімінде бар, мүшелігі белсенді, бюллетень әлі берілмеген.</translation>
    </message>
    <message>
      <source>Press Enter to issue the ballot; scan another card to skip.</source>
      <translation>Бюллетень беру үшін Enter пернесін басыңыз; өткізіп жіберу үшін басқа куәлікті сканерлеңіз.</translation>
    </message>
    <message>
      <source>Already voted online</source>
      <translation>Онлайн дауыс беріп қойған</translation>
    </message>
    <message>
      <source>Issue a paper ballot to {name} anyway?</source>
      <translation>{name}: соған қарамастан қағаз бюллетень берілсін бе?</translation>
    </message>
    <message>
      <source>Issue the paper ballot</source>
      <translation>Қағаз бюллетень беру</translation>
    </message>
    <message>
      <source>Do not issue</source>
      <translation>Бермеу</translation>
    </message>
    <message>
      <source>IIN {iin} · at {time} · desk {desk}</source>
      <translation>ЖСН {iin} · уақыты {time} · №{desk} үстел</translation>
    </message>
  </context>
  <context>
    <name>CheckInForm</name>
    <message>
      <source>&amp;Scan the ID card, or type the IIN or a name (Kazakh, Russian or Latin letters):</source>
      <translation>Жеке куәлікті &amp;сканерлеңіз немесе ЖСН-ді не аты-жөнін теріңіз (қазақ, орыс немесе латын әріптерімен):</translation>
    </message>
    <message>
      <source>IIN (12 digits) or surname and name</source>
      <translation>ЖСН (12 цифр) немесе тегі мен аты</translation>
    </message>
    <message>
      <source>&amp;Members found</source>
      <translation>&amp;Табылған мүшелер</translation>
    </message>
    <message>
      <source>IIN</source>
      <translation>ЖСН</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Туған күні</translation>
    </message>
    <message>
      <source>Precinct</source>
      <translation>Учаске</translation>
    </message>
    <message>
      <source>Membership</source>
      <translation>Мүшелігі</translation>
    </message>
    <message>
      <source>Issue ballot</source>
      <translation>Бюллетень беру</translation>
    </message>
    <message>
      <source>Press Enter to issue the ballot to this member.</source>
      <translation>Осы мүшеге бюллетень беру үшін Enter пернесін басыңыз.</translation>
    </message>
    <message>
      <source>Ballot issued</source>
      <translation>Бюллетень берілді</translation>
    </message>
    <message>
      <source>Receipt number</source>
      <translation>Түбіртек нөмірі</translation>
    </message>
    <message>
      <source>Ready for the next member: scan the ID card.</source>
      <translation>Келесі мүшені қабылдауға дайын: жеке куәлікті сканерлеңіз.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistDialog</name>
    <message>
      <source>Answer every item as it stands now; a “no” needs a note. The station opens only when every mandatory item is yes, or when the chair records an exception.</source>
      <translation>Әр тармаққа қазіргі жағдай бойынша жауап беріңіз; «жоқ» деген жауапқа жазба қажет. Учаске барлық міндетті тармаққа «иә» деп жауап берілгенде немесе төраға ерекшелік тіркегенде ғана ашылады.</translation>
    </message>
    <message>
      <source>Answer for what was just done; a “no” needs a note. An item answered “no” stays due, and the alarm stays on until it is done and checked again.</source>
      <translation>Жаңа ғана орындалған жұмыс бойынша жауап беріңіз; «жоқ» деген жауапқа жазба қажет. «Жоқ» деп жауап берілген тармақ орындалуы тиіс болып қала береді, ол орындалып, қайта тексерілгенше дабыл өшпейді.</translation>
    </message>
    <message>
      <source>Answer every item; a “no” needs a note. Mandatory items that are not yes do not hold up the count: they are written into the protocol.</source>
      <translation>Әр тармаққа жауап беріңіз; «жоқ» деген жауапқа жазба қажет. «Иә» деп жауап берілмеген міндетті тармақтар санауды тоқтатпайды: олар хаттамаға жазылады.</translation>
    </message>
    <message>
      <source>Nobody is logged in · {time}</source>
      <translation>Ешкім жүйеге кірмеген · {time}</translation>
    </message>
    <message>
      <source>Answered by {name} ({role}) · {time}</source>
      <translation>Жауап берген: {name} ({role}) · {time}</translation>
    </message>
    <message>
      <source>The opening checklist saved at {time} by {name} left these mandatory items unmet:</source>
      <translation>{name} {time} уақытта сақтаған ашу алдындағы тексеру парағында мына міндетті тармақтар орындалмаған:</translation>
    </message>
    <message>
      <source>An exception is recorded: the station may open, and the reason goes into the protocol.</source>
      <translation>Ерекшелік тіркелді: учаскені ашуға болады, себебі хаттамаға жазылады.</translation>
    </message>
    <message>
      <source>Exception recorded at {time} for: {items}. The chair may now open the station on the Station tab.</source>
      <translation>Ерекшелік {time} уақытта тіркелді, тармақтар: {items}. Енді төраға учаскені «Учаске» қойындысында аша алады.</translation>
    </message>
    <message>
      <source>Only the chair may record an exception.</source>
      <translation>Ерекшелікті тек төраға тіркей алады.</translation>
    </message>
    <message>
      <source>Write the reason first: without it there is no exception.</source>
      <translation>Алдымен себебін жазыңыз: себепсіз ерекшелік тіркелмейді.</translation>
    </message>
    <message>
      <source>A “no” needs a note: write what is wrong.</source>
      <translation>«Жоқ» деген жауапқа жазба қажет: не дұрыс емес екенін жазыңыз.</translation>
    </message>
    <message>
      <source>Choose yes, no or not applicable.</source>
      <translation>«Иә», «жоқ» немесе «қолданылмайды» жауабын таңдаңыз.</translation>
    </message>
    <message>
      <source>Nothing was saved. Items marked in red need an answer or a note: {count}.</source>
      <translation>Ештеңе сақталмады. Қызылмен белгіленген тармақтарға жауап немесе жазба қажет: {count}.</translation>
    </message>
    <message>
      <source>Saved at {time}: every mandatory item is yes.</source>
      <translation>{time} уақытта сақталды: барлық міндетті тармаққа «иә» деп жауап берілген.</translation>
    </message>
    <message>
      <source>The sanitary checklist no longer holds up the opening.</source>
      <translation>Санитарлық тексеру парағы енді учаскенің ашылуына кедергі келтірмейді.</translation>
    </message>
    <message>
      <source>Saved at {time}. These mandatory items are not yes:</source>
      <translation>{time} уақытта сақталды. Мына міндетті тармақтарға «иә» деп жауап берілмеген:</translation>
    </message>
    <message>
      <source>The station cannot open until they are yes, or until the chair records an exception below.</source>
      <translation>Оларға «иә» деп жауап берілмейінше немесе төраға төменде ерекшелік тіркемейінше, учаске ашыла алмайды.</translation>
    </message>
    <message>
      <source>They stay due: do them, then record the check again.</source>
      <translation>Олар орындалуы тиіс болып қала береді: оларды орындап, тексеруді қайта жазыңыз.</translation>
    </message>
    <message>
      <source>They are written into the protocol; the station may still close.</source>
      <translation>Олар хаттамаға жазылады; учаскені бәрібір жабуға болады.</translation>
    </message>
    <message>
      <source>Optional items answered no, kept as remarks: {items}.</source>
      <translation>«Жоқ» деп жауап берілген міндетті емес тармақтар ескертпе ретінде сақталды: {items}.</translation>
    </message>
    <message>
      <source>{checklist} saved at {time}: every mandatory item is yes.</source>
      <translation>{checklist} {time} уақытта сақталды: барлық міндетті тармаққа «иә» деп жауап берілген.</translation>
    </message>
    <message>
      <source>{checklist} saved at {time}: mandatory items not yes: {count}. See the Sanitary tab.</source>
      <translation>{checklist} {time} уақытта сақталды: «иә» деп жауап берілмеген міндетті тармақтар: {count}. «Санитария» қойындысын қараңыз.</translation>
    </message>
    <message>
      <source>Sanitary checklist</source>
      <translation>Санитарлық тексеру парағы</translation>
    </message>
    <message>
      <source>Open by exception: written into the protocol</source>
      <translation>Ерекшелік ретінде ашу: хаттамаға жазылады</translation>
    </message>
    <message>
      <source>The station cannot open while a mandatory item is unmet. Only the chair may open it anyway, by writing why. The reason and the unmet items go into the protocol and the journal.</source>
      <translation>Міндетті тармақ орындалмағанша учаске ашыла алмайды. Оны бәрібір тек төраға себебін жазып аша алады. Себеп пен орындалмаған тармақтар хаттамаға және журналға жазылады.</translation>
    </message>
    <message>
      <source>The reason, for the protocol. For example: the school has no free room; a corner behind a screen is set aside for people with a fever.</source>
      <translation>Хаттамаға жазылатын себеп. Мысалы: мектепте бос бөлме жоқ; дене қызуы көтерілген адамдар үшін қалқа артындағы бұрыш бөлінді.</translation>
    </message>
    <message>
      <source>Record the exception in the protocol</source>
      <translation>Ерекшелікті хаттамаға жазу</translation>
    </message>
    <message>
      <source>Answer &amp;yes to every item</source>
      <translation>Барлық тармаққа «&amp;иә» деп жауап беру</translation>
    </message>
    <message>
      <source>Marks every item yes; look through them, change what is not so, then save.</source>
      <translation>Барлық тармақты «иә» деп белгілейді; оларды қарап шығып, шындыққа сәйкес келмейтінін өзгертіңіз, содан кейін сақтаңыз.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>&amp;Save the checklist</source>
      <translation>Тексеру парағын &amp;сақтау</translation>
    </message>
  </context>
  <context>
    <name>ChecklistItemRow</name>
    <message>
      <source>Mandatory</source>
      <translation>Міндетті</translation>
    </message>
    <message>
      <source>Optional</source>
      <translation>Міндетті емес</translation>
    </message>
    <message>
      <source>Required: what is wrong, and what is being done about it</source>
      <translation>Міндетті: не дұрыс емес және оны түзету үшін не істеліп жатыр</translation>
    </message>
    <message>
      <source>A note, if something should be on record (optional)</source>
      <translation>Бірдеңені тіркеп қою қажет болса, жазба (міндетті емес)</translation>
    </message>
    <message>
      <source>A “no” needs a note: write what is wrong.</source>
      <translation>«Жоқ» деген жауапқа жазба қажет: не дұрыс емес екенін жазыңыз.</translation>
    </message>
    <message>
      <source>Choose yes, no or not applicable.</source>
      <translation>«Иә», «жоқ» немесе «қолданылмайды» жауабын таңдаңыз.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Иә</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жоқ</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Қолданылмайды</translation>
    </message>
  </context>
  <context>
    <name>CorrectionDialog</name>
    <message>
      <source>Version {version} stays stored and valid until the corrected version is signed. The station goes back to COUNTED: on the Count tab the chair reopens the count of each race that must change, the commission recounts it and types it twice, the chair marks the station counted, and then signs version {next} here.</source>
      <translation>{version}-нұсқа түзетілген нұсқаға қол қойылғанша сақталып, жарамды болып қала береді. Учаске «САНАЛДЫ» күйіне қайтады: «Санау» қойындысында төраға өзгертілуі тиіс әр сайлау бойынша санауды қайта ашады, комиссия дауыстарды қайта санап, екі рет тереді, төраға учаскені «саналды» деп белгілейді, содан кейін осы жерде {next}-нұсқаға қол қояды.</translation>
    </message>
  </context>
  <context>
    <name>CountSheetController</name>
    <message>
      <source>Line {line} · {caption}</source>
      <translation>{line}-жол · {caption}</translation>
    </message>
    <message>
      <source>A ballot may mark up to {count} candidate(s).</source>
      <translation>Бюллетеньде ең көбі {count} үміткерді белгілеуге болады.</translation>
    </message>
    <message>
      <source>Agreed: both entries are the same, and this count sheet counts.</source>
      <translation>Келісілді: екі енгізу бірдей, осы санау парағы есепке алынады.</translation>
    </message>
    <message>
      <source>Agreed and final: the station has been marked counted.</source>
      <translation>Келісілді және түпкілікті: учаске «саналды» деп белгіленді.</translation>
    </message>
    <message>
      <source>The count sheet is typed after the station is closed.</source>
      <translation>Санау парағы учаске жабылғаннан кейін теріледі.</translation>
    </message>
    <message>
      <source>Log in to type the count sheet.</source>
      <translation>Санау парағын теру үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
      <source>The two entries differ on {count} line(s), listed on the right. Recount those lines; the officer whose entry was wrong retypes it.</source>
      <translation>Екі енгізу {count} жолда сәйкес келмейді, олар оң жақта көрсетілген. Сол жолдарды қайта санаңыз; енгізуі қате болған комиссия мүшесі оны қайта тереді.</translation>
    </message>
    <message>
      <source>You typed entry 1. Entry 2 is typed independently by the chair or the secretary.</source>
      <translation>Сіз 1-енгізуді тердіңіз. 2-енгізуді төраға немесе хатшы дербес тереді.</translation>
    </message>
    <message>
      <source>Entry 1 has been typed by another officer. Type entry 2 from the paper count sheet: entry 1 stays hidden until both agree.</source>
      <translation>1-енгізуді басқа комиссия мүшесі терген. 2-енгізуді қағаздағы санау парағынан теріңіз: екеуі сәйкес келгенге дейін 1-енгізу көрсетілмейді.</translation>
    </message>
    <message>
      <source>Entry 1 has been typed. Entry 2 is typed by the chair or the secretary.</source>
      <translation>1-енгізу терілді. 2-енгізуді төраға немесе хатшы тереді.</translation>
    </message>
    <message>
      <source>Nobody has typed this count sheet yet. Entry 1 may be typed by any member of the commission; entry 2 by the chair or the secretary.</source>
      <translation>Бұл санау парағын әлі ешкім термеген. 1-енгізуді комиссияның кез келген мүшесі, 2-енгізуді төраға немесе хатшы тере алады.</translation>
    </message>
    <message>
      <source>{line}: you typed {value}</source>
      <translation>{line}: сіз тергеніңіз — {value}</translation>
    </message>
    <message>
      <source>None so far: differences are shown once both entries are saved.</source>
      <translation>Әзірге жоқ: айырмашылықтар екі енгізу де сақталғаннан кейін көрсетіледі.</translation>
    </message>
    <message>
      <source>At least line 8 ({valid}) and at most line 8 × {choices} ({limit}).</source>
      <translation>Кемінде 8-жол ({valid}) және ең көбі 8-жол × {choices} ({limit}).</translation>
    </message>
    <message>
      <source>{relation} ({formula}): an error, which blocks the protocol</source>
      <translation>{relation} ({formula}): қате, хаттаманы жасауға кедергі келтіреді</translation>
    </message>
    <message>
      <source>{relation} ({formula}): a warning, which needs a written explanation</source>
      <translation>{relation} ({formula}): ескерту, жазбаша түсініктеме қажет</translation>
    </message>
    <message>
      <source>Why this happened, for the protocol.</source>
      <translation>Хаттама үшін: бұл неліктен болды.</translation>
    </message>
    <message>
      <source>The explanation is written once both entries agree.</source>
      <translation>Түсініктеме екі енгізу сәйкес келгеннен кейін жазылады.</translation>
    </message>
    <message>
      <source>Save the explanation</source>
      <translation>Түсініктемені сақтау</translation>
    </message>
    <message>
      <source>Explanation recorded; it goes into the protocol.</source>
      <translation>Түсініктеме жазылды; ол хаттамаға енгізіледі.</translation>
    </message>
    <message>
      <source>Not explained yet: the station cannot be marked counted without it.</source>
      <translation>Әлі түсіндірілмеген: түсініктемесіз учаскені «саналды» деп белгілеуге болмайды.</translation>
    </message>
    <message>
      <source>The control relations are checked as you type.</source>
      <translation>Бақылау арақатынастары теру кезінде тексеріледі.</translation>
    </message>
    <message>
      <source>Every control relation holds.</source>
      <translation>Барлық бақылау арақатынастары орындалды.</translation>
    </message>
    <message>
      <source>The count of «{race}» is agreed: both entries are the same.</source>
      <translation>«{race}» сайлауы бойынша санау нәтижесі келісілді: екі енгізу бірдей.</translation>
    </message>
    <message>
      <source>The two entries of «{race}» differ on {count} line(s). Recount those lines; the officer whose entry was wrong retypes it.</source>
      <translation>«{race}» сайлауы бойынша екі енгізу {count} жолда сәйкес келмейді. Сол жолдарды қайта санаңыз; енгізуі қате болған комиссия мүшесі оны қайта тереді.</translation>
    </message>
    <message>
      <source>Entry {entry} of «{race}» is saved.</source>
      <translation>«{race}» сайлауы бойынша {entry}-енгізу сақталды.</translation>
    </message>
    <message>
      <source>The explanation of {relation} is recorded for the protocol.</source>
      <translation>{relation} бойынша түсініктеме хаттама үшін жазылды.</translation>
    </message>
    <message>
      <source>Entry {entry} of «{race}» is discarded; it is typed again.</source>
      <translation>«{race}» сайлауы бойынша {entry}-енгізу өшірілді; ол қайта теріледі.</translation>
    </message>
    <message>
      <source>Reopen the count</source>
      <translation>Санауды қайта ашу</translation>
    </message>
    <message>
      <source>Both entries of «{race}» and the explanations are cleared, and the race is recounted and typed twice again. Reopen the count?</source>
      <translation>«{race}» сайлауы бойынша екі енгізу де, түсініктемелер де тазартылады, дауыстар қайта саналып, қайтадан екі рет теріледі. Санау қайта ашылсын ба?</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Қалдыру</translation>
    </message>
    <message>
      <source>The count of «{race}» is reopened: type both entries again.</source>
      <translation>«{race}» сайлауы бойынша санау қайта ашылды: екі енгізуді де қайта теріңіз.</translation>
    </message>
  </context>
  <context>
    <name>CountSheetForm</name>
    <message>
      <source>I am typing:</source>
      <translation>Менің енгізуім:</translation>
    </message>
    <message>
      <source>Entry &amp;1</source>
      <translation>&amp;1-енгізу</translation>
    </message>
    <message>
      <source>The first entry: any counting officer.</source>
      <translation>Бірінші енгізу: санауға қатысатын кез келген комиссия мүшесі.</translation>
    </message>
    <message>
      <source>Entry &amp;2</source>
      <translation>&amp;2-енгізу</translation>
    </message>
    <message>
      <source>The second entry: the chair or the secretary, not the officer of entry 1. Entry 1 stays hidden until both agree.</source>
      <translation>Екінші енгізу: төраға немесе хатшы (1-енгізуді терген комиссия мүшесі емес). Екеуі сәйкес келгенге дейін 1-енгізу көрсетілмейді.</translation>
    </message>
    <message>
      <source>From the station's records</source>
      <translation>Учаскенің есеп деректерінен</translation>
    </message>
    <message>
      <source>Members on the roll (eligible)</source>
      <translation>Тізімдегі мүшелер (дауыс беру құқығы барлар)</translation>
    </message>
    <message>
      <source>From the roll: members of this precinct, active, who joined on or before the roll cutoff.</source>
      <translation>Тізімнен: осы учаскенің белсенді мүшелері, партияға тізімнің шекті күніне дейін (сол күнді қоса) кіргендер.</translation>
    </message>
    <message>
      <source>Ballots received</source>
      <translation>Алынған бюллетеньдер</translation>
    </message>
    <message>
      <source>Recorded when the ballots were received.</source>
      <translation>Бюллетеньдер алынған кезде есепке алынған.</translation>
    </message>
    <message>
      <source>Ballots issued</source>
      <translation>Берілген бюллетеньдер</translation>
    </message>
    <message>
      <source>Check-ins that were not voided: each check-in issued one ballot of this race.</source>
      <translation>Күші жойылмаған тіркеулер: әр тіркеу кезінде осы сайлаудың бір бюллетені берілді.</translation>
    </message>
    <message>
      <source>Spoiled ballots (replaced)</source>
      <translation>Бүлінген бюллетеньдер (ауыстырылған)</translation>
    </message>
    <message>
      <source>Ballots a voter spoiled and exchanged for a new one.</source>
      <translation>Сайлаушы бүлдіріп, жаңасына ауыстырған бюллетеньдер.</translation>
    </message>
    <message>
      <source>From the count</source>
      <translation>Санау нәтижесінен</translation>
    </message>
    <message>
      <source>&amp;Unused ballots, cancelled</source>
      <translation>&amp;Пайдаланылмаған (өтелген) бюллетеньдер</translation>
    </message>
    <message>
      <source>Counted and cancelled at closing.</source>
      <translation>Учаске жабылғанда саналып, өтелген.</translation>
    </message>
    <message>
      <source>Ballots &amp;found in the ballot box</source>
      <translation>Сайлау жәшігінен &amp;табылған бюллетеньдер</translation>
    </message>
    <message>
      <source>All ballots taken out of the box, valid and invalid.</source>
      <translation>Жәшіктен алынған барлық бюллетеньдер, жарамдысы да, жарамсызы да.</translation>
    </message>
    <message>
      <source>&amp;Invalid ballots</source>
      <translation>&amp;Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
      <source>No mark, more marks than allowed, a non-standard form, or a choice that cannot be determined.</source>
      <translation>Белгі қойылмаған, рұқсат етілгеннен көп белгі қойылған, белгіленбеген үлгідегі немесе таңдауды анықтау мүмкін емес бюллетеньдер.</translation>
    </message>
    <message>
      <source>Valid ballots</source>
      <translation>Жарамды бюллетеньдер</translation>
    </message>
    <message>
      <source>Line 6 minus line 7, computed as you type.</source>
      <translation>6-жолдан 7-жолды шегергендегі сан; теру кезінде есептеледі.</translation>
    </message>
    <message>
      <source>Votes per candidate, in Kazakh alphabetical order as on the ballot</source>
      <translation>Үміткерлерге берілген дауыстар, бюллетеньдегідей қазақ әліпбиі ретімен</translation>
    </message>
    <message>
      <source>All votes together</source>
      <translation>Барлық дауыстардың жиыны</translation>
    </message>
    <message>
      <source>Control relations</source>
      <translation>Бақылау арақатынастары</translation>
    </message>
    <message>
      <source>Every control relation holds.</source>
      <translation>Барлық бақылау арақатынастары орындалды.</translation>
    </message>
    <message>
      <source>Where the two entries differ</source>
      <translation>Екі енгізудің сәйкес келмейтін жерлері</translation>
    </message>
    <message>
      <source>&amp;Save my entry</source>
      <translation>Енгізуімді &amp;сақтау</translation>
    </message>
    <message>
      <source>Record this count sheet as the selected entry. When both entries are saved they are compared line by line.</source>
      <translation>Осы санау парағын таңдалған енгізу ретінде сақтау. Екі енгізу де сақталғанда, олар жол-жолымен салыстырылады.</translation>
    </message>
    <message>
      <source>&amp;Tally by ballot…</source>
      <translation>Бюллетеньдерді бір-бірлеп &amp;санау…</translation>
    </message>
    <message>
      <source>For a small station: tap the marked candidates of each ballot; the totals fill this count sheet.</source>
      <translation>Шағын учаскеге арналған: әр бюллетеньде белгіленген үміткерлерді басыңыз; қорытынды сандар осы санау парағына түседі.</translation>
    </message>
    <message>
      <source>&amp;Discard the selected entry</source>
      <translation>Таңдалған енгізуді &amp;өшіру</translation>
    </message>
    <message>
      <source>The chair discards an entry before the two agree; it is then typed again.</source>
      <translation>Екі енгізу сәйкес келгенге дейін төраға енгізуді өшіре алады; содан кейін ол қайта теріледі.</translation>
    </message>
    <message>
      <source>&amp;Reopen the count…</source>
      <translation>Санауды &amp;қайта ашу…</translation>
    </message>
    <message>
      <source>The chair clears both entries and the explanations so that the race is recounted and typed again.</source>
      <translation>Төраға екі енгізуді де, түсініктемелерді де тазартады: осы сайлау бойынша дауыстар қайта саналып, қайта теріледі.</translation>
    </message>
  </context>
  <context>
    <name>CountingPage</name>
    <message>
      <source>The station file could not be written ({reason}). Nothing was recorded: check the disk, then try again.</source>
      <translation>Учаске файлына жазу мүмкін болмады ({reason}). Ештеңе сақталмады: дискіні тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
      <source>✓ {race}</source>
      <translation>✓ {race}</translation>
    </message>
    <message>
      <source>Mark the station &amp;counted</source>
      <translation>Учаскені «&amp;саналды» деп белгілеу</translation>
    </message>
    <message>
      <source>&amp;Public display…</source>
      <translation>&amp;Көпшілікке арналған экран…</translation>
    </message>
    <message>
      <source>The chair marks the station counted once every race is agreed and checked.</source>
      <translation>Барлық сайлау бойынша нәтижелер келісіліп, тексерілгеннен кейін төраға учаскені «саналды» деп белгілейді.</translation>
    </message>
    <message>
      <source>Counting begins once the station is closed.</source>
      <translation>Санау учаске жабылғаннан кейін басталады.</translation>
    </message>
    <message>
      <source>Every race is agreed and checked: the chair may mark the station counted.</source>
      <translation>Барлық сайлау бойынша нәтижелер келісіліп, тексерілді: төраға учаскені «саналды» деп белгілей алады.</translation>
    </message>
    <message>
      <source>The station is counted: the protocol can be finalized.</source>
      <translation>Учаскеде дауыстар саналды: хаттаманы аяқтауға болады.</translation>
    </message>
    <message>
      <source>Not agreed yet: {races}.</source>
      <translation>Әлі келісілмеген: {races}.</translation>
    </message>
    <message>
      <source>A control relation fails, so recount and type again: {races}.</source>
      <translation>Бақылау арақатынасы орындалмайды, сондықтан қайта санап, қайта теріңіз: {races}.</translation>
    </message>
    <message>
      <source>A warning needs a written explanation: {races}.</source>
      <translation>Ескертуге жазбаша түсініктеме қажет: {races}.</translation>
    </message>
    <message>
      <source>The station is counted. The protocol can now be finalized and signed.</source>
      <translation>Учаскеде дауыстар саналды. Енді хаттамаға қол қойып, оны аяқтауға болады.</translation>
    </message>
  </context>
  <context>
    <name>DeskContext</name>
    <message>
      <source>The station file could not be written ({reason}). Nothing was recorded: check the disk, then try again.</source>
      <translation>Учаске файлына жазу мүмкін болмады ({reason}). Ештеңе сақталмады: дискіні тексеріп, қайталап көріңіз.</translation>
    </message>
  </context>
  <context>
    <name>DeskSettingsControls</name>
    <message>
      <source>Not chosen yet: choose a folder on a USB stick before opening.</source>
      <translation>Әлі таңдалмаған: учаскені ашпас бұрын USB-жинақтағыштан бума таңдаңыз.</translation>
    </message>
    <message>
      <source>The backup folder (a USB stick)</source>
      <translation>Сақтық көшірме бумасы (USB-жинақтағыш)</translation>
    </message>
    <message>
      <source>Backup folder chosen: {folder}. A first backup is written there: {file}.</source>
      <translation>Сақтық көшірме бумасы таңдалды: {folder}. Онда алғашқы көшірме жазылды: {file}.</translation>
    </message>
    <message>
      <source>Backup written and checked: {path}.</source>
      <translation>Сақтық көшірме жазылып, тексерілді: {path}.</translation>
    </message>
  </context>
  <context>
    <name>DeskSettingsForm</name>
    <message>
      <source>Backup and this desk</source>
      <translation>Көшірме және үстел</translation>
    </message>
    <message>
      <source>Backup folder (a USB stick):</source>
      <translation>Сақтық көшірме бумасы (USB-жинақтағыш):</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Таңдау…</translation>
    </message>
    <message>
      <source>The chair or secretary chooses the folder on a USB stick; a first backup is written there at once, and another at every change of the station's state.</source>
      <translation>Төраға немесе хатшы USB-жинақтағыштағы буманы таңдайды; онда бірден алғашқы көшірме, ал учаске күйі әр өзгергенде тағы бір көшірме жазылады.</translation>
    </message>
    <message>
      <source>Back up &amp;now</source>
      <translation>&amp;Қазір көшіру</translation>
    </message>
    <message>
      <source>Write a checked copy of the station file to the backup folder now.</source>
      <translation>Учаске файлының тексерілген көшірмесін қазір сақтық көшірме бумасына жазу.</translation>
    </message>
    <message>
      <source>&amp;Lock after (min idle)</source>
      <translation>&amp;Бұғаттау (әрекетсіз, мин)</translation>
    </message>
    <message>
      <source>This desk locks itself after so many minutes without a key or a click; log in again with the PIN.</source>
      <translation>Осынша минут бойы пернеге не тінтуірге ешкім тимесе, үстел өзін бұғаттайды; PIN-кодпен қайта кіріңіз.</translation>
    </message>
    <message>
      <source>&amp;Paper list every (min)</source>
      <translation>Қағаз &amp;тізім әр (мин)</translation>
    </message>
    <message>
      <source>While the station is open, this desk writes the paper list to the backup folder this often.</source>
      <translation>Учаске ашық тұрғанда бұл үстел қағаз тізімді сақтық көшірме бумасына осы жиілікпен жазады.</translation>
    </message>
  </context>
  <context>
    <name>ExcludeDialog</name>
    <message>
      <source>the election definition</source>
      <translation>сайлау сипаттамасы</translation>
    </message>
    <message>
      <source>this branch</source>
      <translation>осы филиал</translation>
    </message>
    <message>
      <source>{candidate} is excluded from the ratings of «{race}»; the votes stay in the results.</source>
      <translation>{candidate} «{race}» сайлауының рейтингтерінен шығарылды; дауыстар нәтижелерде сақталады.</translation>
    </message>
  </context>
  <context>
    <name>KeyPasswordDialog</name>
    <message>
      <source>Sign again with the same counts</source>
      <translation>Сол сандармен қайта қол қою</translation>
    </message>
    <message>
      <source>Protocol version {version} of precinct {precinct} is signed with the same counts as version {previous}, which stays stored. The reason is printed in the new version.</source>
      <translation>№{precinct} учаске хаттамасының {version}-нұсқасына {previous}-нұсқадағы сандармен қол қойылады; бұрынғы нұсқа сақталып қалады. Себебі жаңа нұсқада басылады.</translation>
    </message>
    <message>
      <source>Sign version {version}</source>
      <translation>{version}-нұсқаға қол қою</translation>
    </message>
    <message>
      <source>Export the package again</source>
      <translation>Пакетті қайта экспорттау</translation>
    </message>
    <message>
      <source>The package of protocol version {version} of precinct {precinct} is written again. Its list of files is signed anew, with the key that signed the protocol.</source>
      <translation>№{precinct} учаске хаттамасының {version}-нұсқасының пакеті қайта жазылады. Оның файлдар тізіміне хаттамаға қол қойылған кілтпен жаңадан қол қойылады.</translation>
    </message>
    <message>
      <source>Save the package</source>
      <translation>Пакетті сақтау</translation>
    </message>
    <message>
      <source>Sign and finalize the protocol</source>
      <translation>Хаттамаға қол қойып, аяқтау</translation>
    </message>
    <message>
      <source>Protocol version {version} of precinct {precinct} is signed with the chair's key. The station then becomes read-only, and the package for the branch office is saved in the folder below.</source>
      <translation>№{precinct} учаске хаттамасының {version}-нұсқасына төрағаның кілтімен қол қойылады. Содан кейін учаске тек оқу режиміне өтеді, ал филиалға арналған пакет төмендегі қалтаға сақталады.</translation>
    </message>
    <message>
      <source>Sign and finalize</source>
      <translation>Қол қойып, аяқтау</translation>
    </message>
    <message>
      <source>None chosen: a self-signed key is still refused, but a key of any CA is accepted.</source>
      <translation>Таңдалмаған: өзі қол қойған кілт бәрібір қабылданбайды, бірақ кез келген куәландырушы орталық берген кілт қабылданады.</translation>
    </message>
    <message>
      <source>The chair's key</source>
      <translation>Төрағаның кілті</translation>
    </message>
    <message>
      <source>Key file</source>
      <translation>Кілт файлы</translation>
    </message>
    <message>
      <source>&amp;Change…</source>
      <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
      <source>Package saved as</source>
      <translation>Пакет сақталатын файл</translation>
    </message>
    <message>
      <source>C&amp;hange…</source>
      <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
      <source>Trusted CA</source>
      <translation>Сенімді куәландырушы орталық</translation>
    </message>
    <message>
      <source>Ch&amp;oose…</source>
      <translation>&amp;Таңдау…</translation>
    </message>
    <message>
      <source>&amp;Reason for the new version (required, printed in the protocol)</source>
      <translation>Жаңа нұсқаның &amp;себебі (міндетті, хаттамада басылады)</translation>
    </message>
    <message>
      <source>For example: the printed copy for the wall was damaged.</source>
      <translation>Мысалы: қабырғаға ілуге арналған басылған данасы бүлінді.</translation>
    </message>
    <message>
      <source>&amp;Password of the key file</source>
      <translation>Кілт файлының &amp;құпиясөзі</translation>
    </message>
    <message>
      <source>The password opens the key for this signature only. It is not saved anywhere and is cleared once used.</source>
      <translation>Құпиясөз кілтті тек осы қолтаңба үшін ашады. Ол ешқайда сақталмайды және пайдаланылғаннан кейін өшіріледі.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
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
      <translation>Алдымен тізімнен өз атыңызды таңдаңыз.</translation>
    </message>
  </context>
  <context>
    <name>LoginForm</name>
    <message>
      <source>Log in to this desk</source>
      <translation>Осы үстелде жүйеге кіру</translation>
    </message>
    <message>
      <source>Choose your name, type your PIN and press Enter.</source>
      <translation>Атыңызды таңдап, PIN-кодты теріңіз де, Enter пернесін басыңыз.</translation>
    </message>
    <message>
      <source>&amp;Officer</source>
      <translation>&amp;Комиссия мүшесі</translation>
    </message>
    <message>
      <source>&amp;PIN</source>
      <translation>&amp;PIN-код</translation>
    </message>
    <message>
      <source>&amp;Desk</source>
      <translation>&amp;Үстел</translation>
    </message>
    <message>
      <source>The number of this check-in desk; it is written with every check-in.</source>
      <translation>Осы тіркеу үстелінің нөмірі; ол әр тіркеумен бірге жазылады.</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Кіру</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Polling Station</source>
      <translation>Сайлау учаскесі</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Бұғаттау</translation>
    </message>
    <message>
      <source>Lock the desk now; log in again with your PIN (Ctrl+L).</source>
      <translation>Үстелді қазір бұғаттау; қайта кіру үшін PIN-кодыңызды теріңіз (Ctrl+L).</translation>
    </message>
    <message>
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <source>Hide this message.</source>
      <translation>Бұл хабарламаны жасыру.</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Тіркеу</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>Қатысу</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Учаске</translation>
    </message>
  </context>
  <context>
    <name>MainWindowController</name>
    <message>
      <source>Count</source>
      <translation>Санау</translation>
    </message>
    <message>
      <source>Polling Station: precinct {id}</source>
      <translation>Сайлау учаскесі: №{id}</translation>
    </message>
    <message>
      <source>Precinct {id}</source>
      <translation>№{id} учаске</translation>
    </message>
    <message>
      <source>Nobody is logged in</source>
      <translation>Ешкім жүйеге кірмеген</translation>
    </message>
    <message>
      <source>The desk is locked</source>
      <translation>Үстел бұғатталған</translation>
    </message>
    <message>
      <source>{name} · {role}</source>
      <translation>{name} · {role}</translation>
    </message>
    <message>
      <source>Desk {desk} · login {officer}</source>
      <translation>№{desk} үстел · логин {officer}</translation>
    </message>
    <message>
      <source>The desk was locked after {minutes} minute(s) without activity. Log in again with your PIN.</source>
      <translation>Үстел {minutes} минут әрекетсіз тұрғаннан кейін бұғатталды. PIN-кодыңызбен қайта кіріңіз.</translation>
    </message>
  </context>
  <context>
    <name>NewBranchDialog</name>
    <message>
      <source>There is no branch file at {path} yet. Create it from the election definition and the member roll: the roll says who may vote online and gives the turnout's denominators.</source>
      <translation>{path} жолында әлі филиал файлы жоқ. Оны сайлау сипаттамасы мен партия мүшелерінің тізімінен құрыңыз: тізім кімнің онлайн дауыс бере алатынын анықтайды және қатысуды есептеуге негіз болады.</translation>
    </message>
    <message>
      <source>The election definition</source>
      <translation>Сайлау сипаттамасы</translation>
    </message>
    <message>
      <source>Election definitions (*.json);;All files (*)</source>
      <translation>Сайлау сипаттамалары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>The member roll</source>
      <translation>Партия мүшелерінің тізімі</translation>
    </message>
    <message>
      <source>Rolls (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Тізімдер (*.csv *.xlsx *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>There is no file {file}.</source>
      <translation>{file} файлы жоқ.</translation>
    </message>
    <message>
      <source>«{title}» ({election}), voting day {day}: {regions} region(s), {precincts} precinct(s), {races} race(s).</source>
      <translation>«{title}» ({election}), дауыс беру күні {day}: {regions} өңір, {precincts} учаске, {races} сайлау.</translation>
    </message>
    <message>
      <source>Created {path}. {file}: {rows} row(s) read; {accepted} member(s) imported ({warned} with a warning), {collapsed} identical duplicate(s) collapsed, {rejected} row(s) rejected. The roll holds {members} member(s), {eligible} of them eligible to vote.</source>
      <translation>{path} құрылды. {file}: оқылған жолдар: {rows}; импортталған мүшелер: {accepted} (оның ішінде ескертуімен: {warned}), біріктірілген бірдей қайталанулар: {collapsed}, қабылданбаған жолдар: {rejected}. Тізімде {members} мүше бар, оның ішінде дауыс беру құқығы барлар: {eligible}.</translation>
    </message>
    <message>
      <source>No row of the roll was rejected.</source>
      <translation>Тізімнің бірде-бір жолы қабылданбай қалған жоқ.</translation>
    </message>
    <message>
      <source>Rejected rows, with line numbers and reasons (the whole report is {path}):</source>
      <translation>Қабылданбаған жолдар, жол нөмірлері мен себептерімен (толық есеп: {path}):</translation>
    </message>
  </context>
  <context>
    <name>PaperList</name>
    <message>
      <source>The paper list is being written; it will be ready in a moment.</source>
      <translation>Қағаз тізім жазылып жатыр; ол сәлден кейін дайын болады.</translation>
    </message>
    <message>
      <source>Paper list written: {path} (marks as of {time}).</source>
      <translation>Қағаз тізім жазылды: {path} ({time} уақыттағы белгілер).</translation>
    </message>
    <message>
      <source>The paper list could not be written: {reason}</source>
      <translation>Қағаз тізімді жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
      <source>Write the paper list now</source>
      <translation>Қағаз тізімді қазір жазу</translation>
    </message>
    <message>
      <source>A PDF of this precinct's roll with the check-ins so far, for working on paper if this computer fails. Written to the backup folder; also every {minutes} minutes while the station is open.</source>
      <translation>Осы учаскенің тізімі осы сәтке дейінгі тіркеулермен бірге PDF түрінде: компьютер істен шыққан жағдайда қағазбен жұмыс істеуге арналған. Сақтық көшірме қалтасына жазылады; учаске ашық тұрғанда әр {minutes} минут сайын да жазылады.</translation>
    </message>
    <message>
      <source>Last paper list: marks as of {time}, {file}</source>
      <translation>Соңғы қағаз тізім: {time} уақыттағы белгілер, {file}</translation>
    </message>
    <message>
      <source>The last paper list was not written: see the message above.</source>
      <translation>Соңғы қағаз тізім жазылмады: жоғарыдағы хабарламаны қараңыз.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolCorrectionDialog</name>
    <message>
      <source>Issue a corrected protocol</source>
      <translation>Түзетілген хаттама шығару</translation>
    </message>
    <message>
      <source>&amp;Reason for the correction (required, printed in the corrected protocol)</source>
      <translation>Түзету &amp;себебі (міндетті, түзетілген хаттамада басылады)</translation>
    </message>
    <message>
      <source>For example: the recount of the district race found 3 ballots counted for the wrong candidate.</source>
      <translation>Мысалы: аудандық сайлау бойынша қайта санау кезінде 3 бюллетеньнің басқа үміткерге қате есептелгені анықталды.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Reopen for correction</source>
      <translation>Түзету үшін қайта ашу</translation>
    </message>
  </context>
  <context>
    <name>ProtocolDialogs</name>
    <message>
      <source>The chair's signing key</source>
      <translation>Төрағаның қол қою кілті</translation>
    </message>
    <message>
      <source>Key files (*.p12 *.pfx);;All files (*)</source>
      <translation>Кілт файлдары (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Change of signer</source>
      <translation>Қол қоюшының ауысуы</translation>
    </message>
    <message>
      <source>Write why another person signs this version (for example: the chair is ill; the deputy chair signs by the commission's decision). The reason is printed in the protocol.</source>
      <translation>Бұл нұсқаға неге басқа адам қол қоятынын жазыңыз (мысалы: төраға ауырып қалды; комиссияның шешімімен төрағаның орынбасары қол қояды). Себебі хаттамада басылады.</translation>
    </message>
    <message>
      <source>Folder for the package (the USB stick)</source>
      <translation>Пакетке арналған қалта (USB жинақтауыш)</translation>
    </message>
    <message>
      <source>Certificate of the CA that issues the chairs' keys</source>
      <translation>Төрағалардың кілттерін беретін куәландырушы орталықтың сертификаты</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
      <translation>Сертификаттар (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
  </context>
  <context>
    <name>ProtocolForm</name>
    <message>
      <source>What still stands in the way of the protocol:</source>
      <translation>Хаттамаға әлі де кедергі болып тұрғандар:</translation>
    </message>
    <message>
      <source>&amp;Versions: choose one to see it</source>
      <translation>&amp;Нұсқалар: қарау үшін біреуін таңдаңыз</translation>
    </message>
    <message>
      <source>&amp;Sign and finalize…</source>
      <translation>&amp;Қол қойып, аяқтау…</translation>
    </message>
    <message>
      <source>Issue a &amp;corrected protocol…</source>
      <translation>&amp;Түзетілген хаттама шығару…</translation>
    </message>
    <message>
      <source>&amp;Export again…</source>
      <translation>Қайта &amp;экспорттау…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Басып шығару…</translation>
    </message>
  </context>
  <context>
    <name>ProtocolPage</name>
    <message>
      <source>Protocol</source>
      <translation>Хаттама</translation>
    </message>
    <message>
      <source>Voting is not over: the protocol is signed once the station is closed and counted.</source>
      <translation>Дауыс беру әлі аяқталған жоқ: хаттамаға учаске жабылып, дауыстар саналғаннан кейін қол қойылады.</translation>
    </message>
    <message>
      <source>The count is not finished: the chair marks the station counted on the Count tab once every race is agreed.</source>
      <translation>Санау аяқталмаған: барлық сайлау бойынша нәтижелер келісілгеннен кейін төраға «Санау» қойындысында учаскені «саналды» деп белгілейді.</translation>
    </message>
    <message>
      <source>The counts do not allow a protocol yet.</source>
      <translation>Санау нәтижелері бойынша әзірге хаттама жасауға болмайды.</translation>
    </message>
    <message>
      <source>Correction of version {version}: the counts are final again, and the chair may sign version {next}.</source>
      <translation>{version}-нұсқаны түзету: санау нәтижелері қайтадан түпкілікті, төраға {next}-нұсқаға қол қоя алады.</translation>
    </message>
    <message>
      <source>Everything is counted and checked: the chair may sign and finalize the protocol.</source>
      <translation>Бәрі саналып, тексерілді: төраға хаттамаға қол қойып, оны аяқтай алады.</translation>
    </message>
    <message>
      <source>The protocol is finalized: version {version} is signed and the station is read-only.</source>
      <translation>Хаттама аяқталды: {version}-нұсқаға қол қойылды, учаске тек оқу режимінде.</translation>
    </message>
    <message>
      <source>Draft of version {version}: not signed, for checking</source>
      <translation>{version}-нұсқаның жобасы: қол қойылмаған, тексеруге арналған</translation>
    </message>
    <message>
      <source>Version {version} · {when} · signed by {officer}</source>
      <translation>{version}-нұсқа · {when} · қол қойған: {officer}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>Себебі: {reason}</translation>
    </message>
    <message>
      <source>Its package has not been saved yet: use Export again.</source>
      <translation>Оның пакеті әлі сақталмаған: «Қайта экспорттау» батырмасын пайдаланыңыз.</translation>
    </message>
    <message>
      <source>&amp;Sign again with the same counts…</source>
      <translation>Сол сандармен қайта &amp;қол қою…</translation>
    </message>
    <message>
      <source>A new version with the same counts and a reason, for example when the key or the printed copy was wrong.</source>
      <translation>Сол сандармен және себебі көрсетілген жаңа нұсқа, мысалы, кілт немесе басылған дана қате болғанда.</translation>
    </message>
    <message>
      <source>&amp;Sign and finalize…</source>
      <translation>&amp;Қол қойып, аяқтау…</translation>
    </message>
    <message>
      <source>The chair signs the protocol with the key file; the station then becomes read-only and the package is saved.</source>
      <translation>Төраға хаттамаға кілт файлымен қол қояды; содан кейін учаске тек оқу режиміне өтеді және пакет сақталады.</translation>
    </message>
    <message>
      <source>When counts must change: the station goes back to the count, and a corrected version is signed with the reason.</source>
      <translation>Сандар өзгеруі тиіс болғанда: учаске санау кезеңіне қайтады, ал түзетілген нұсқаға себебі көрсетіліп қол қойылады.</translation>
    </message>
    <message>
      <source>Save the package of the chosen version again, to another USB stick or folder.</source>
      <translation>Таңдалған нұсқаның пакетін басқа USB жинақтауышқа немесе қалтаға қайта сақтау.</translation>
    </message>
    <message>
      <source>Only a signed version is printed, so that no draft reaches the wall.</source>
      <translation>Жоба қабырғаға ілініп қалмауы үшін тек қол қойылған нұсқа басып шығарылады.</translation>
    </message>
    <message>
      <source>Only the chair signs, corrects and exports the protocol; you may look at it and print a signed version.</source>
      <translation>Хаттамаға тек төраға қол қояды, оны түзетеді және экспорттайды; сіз оны қарап, қол қойылған нұсқасын басып шығара аласыз.</translation>
    </message>
    <message>
      <source>Draft of version {version}, {pages} page(s), as it would be signed now. It is not the protocol until the chair signs it.</source>
      <translation>{version}-нұсқаның жобасы, {pages} бет, дәл қазір қол қойылатын түрі. Төраға қол қоймайынша ол хаттама болып саналмайды.</translation>
    </message>
    <message>
      <source>Version {version}, signed {when}, {pages} page(s): the PDF exactly as stored and exported.</source>
      <translation>{version}-нұсқа, қол қойылған уақыты {when}, {pages} бет: сақталған және экспортталған PDF-тің дәл өзі.</translation>
    </message>
    <message>
      <source>The preview of the protocol appears here once the station is counted.</source>
      <translation>Учаскеде дауыстар саналғаннан кейін хаттаманың алдын ала көрінісі осында шығады.</translation>
    </message>
    <message>
      <source>The preview appears here once nothing stands in the way of the protocol.</source>
      <translation>Хаттамаға ешқандай кедергі қалмағанда алдын ала көрінісі осында шығады.</translation>
    </message>
    <message>
      <source>Protocol version {version} is signed and stored, but its package was not saved: save it with Export again.</source>
      <translation>Хаттаманың {version}-нұсқасына қол қойылды және сақталды, бірақ оның пакеті сақталмады: «Қайта экспорттау» арқылы сақтаңыз.</translation>
    </message>
    <message>
      <source>Protocol version {version} is signed by {signer} and finalized; the station is read-only. The package is saved as {path}.</source>
      <translation>Хаттаманың {version}-нұсқасына {signer} қол қойды, хаттама аяқталды; учаске тек оқу режимінде. Пакет сақталды: {path}.</translation>
    </message>
    <message>
      <source>The package of protocol version {version} is saved as {path}.</source>
      <translation>Хаттаманың {version}-нұсқасының пакеті сақталды: {path}.</translation>
    </message>
    <message>
      <source>The protocol is reopened for correction and the station is back to COUNTED. On the Count tab, reopen the count of each race that must change and have it recounted and typed twice; then mark the station counted and sign version {version} here.</source>
      <translation>Хаттама түзету үшін қайта ашылды, учаске «САНАЛДЫ» күйіне қайтты. «Санау» қойындысында өзгертілуі тиіс әр сайлау бойынша санауды қайта ашып, дауыстарды қайта санатып, екі рет тергізіңіз; содан кейін учаскені «саналды» деп белгілеп, осы жерде {version}-нұсқаға қол қойыңыз.</translation>
    </message>
    <message>
      <source>Print protocol version {version}</source>
      <translation>Хаттаманың {version}-нұсқасын басып шығару</translation>
    </message>
    <message>
      <source>Printing protocol version {version}…</source>
      <translation>Хаттаманың {version}-нұсқасы басып шығарылуда…</translation>
    </message>
    <message>
      <source>Stop printing</source>
      <translation>Басып шығаруды тоқтату</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <source>Printing page {page} of {total}…</source>
      <translation>{total} беттің {page}-беті басып шығарылуда…</translation>
    </message>
    <message>
      <source>The protocol was not printed: {reason}</source>
      <translation>Хаттама басып шығарылмады: {reason}</translation>
    </message>
    <message>
      <source>Printing was stopped after {printed} of {total} page(s).</source>
      <translation>Басып шығару {total} беттің {printed} беті шыққаннан кейін тоқтатылды.</translation>
    </message>
    <message>
      <source>Protocol version {version} was sent to the printer: {copies} copy(ies) of {pages} page(s).</source>
      <translation>Хаттаманың {version}-нұсқасы принтерге жіберілді: {copies} дана, әрқайсысы {pages} бет.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolPrint</name>
    <message>
      <source>The protocol's PDF could not be read for printing.</source>
      <translation>Басып шығару үшін хаттаманың PDF файлын оқу мүмкін болмады.</translation>
    </message>
    <message>
      <source>The printer «{printer}» did not accept the job.</source>
      <translation>«{printer}» принтері тапсырманы қабылдамады.</translation>
    </message>
    <message>
      <source>The printer stopped after {done} of {total} page(s).</source>
      <translation>Принтер {total} беттің {done} бетін басып шығарғаннан кейін тоқтады.</translation>
    </message>
  </context>
  <context>
    <name>PublicDisplayForm</name>
    <message>
      <source>Count: public display</source>
      <translation>Дауыстарды санау: көпшілікке арналған экран</translation>
    </message>
  </context>
  <context>
    <name>RatingChart</name>
    <message>
      <source>The first {shown} of {total} candidates</source>
      <translation>Үміткерлер: {total} ішінен алғашқы {shown}</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <source>No precinct has conflicting packages now.</source>
      <translation>Қазір бірде-бір учаскеде қайшы пакеттер жоқ.</translation>
    </message>
    <message>
      <source>Precinct {precinct}: version {version} from {file} now counts; the other packages are set aside.</source>
      <translation>Учаске {precinct}: енді {file} файлындағы {version}-нұсқа есепке алынады; қалған пакеттер шеттетілді.</translation>
    </message>
  </context>
  <context>
    <name>Sanitary</name>
    <message>
      <source>Opening checklist</source>
      <translation>Ашу алдындағы тексеру парағы</translation>
    </message>
    <message>
      <source>Periodic check</source>
      <translation>Мерзімді тексеру</translation>
    </message>
    <message>
      <source>Closing checklist</source>
      <translation>Жабу кезіндегі тексеру парағы</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>иә</translation>
    </message>
    <message>
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <source>not applicable</source>
      <translation>қолданылмайды</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Жалпы</translation>
    </message>
    <message>
      <source>Disorder</source>
      <translation>Тәртіп бұзу</translation>
    </message>
    <message>
      <source>Health: fever, feeling unwell</source>
      <translation>Денсаулық: дене қызуының көтерілуі, нашар сезіну</translation>
    </message>
    <message>
      <source>Equipment</source>
      <translation>Жабдық</translation>
    </message>
    <message>
      <source>Ballots</source>
      <translation>Бюллетеньдер</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Шағым</translation>
    </message>
    <message>
      <source>Power failure</source>
      <translation>Электр қуатының өшуі</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Басқа</translation>
    </message>
    <message>
      <source>every {hours} h</source>
      <translation>әр {hours} сағат сайын</translation>
    </message>
    <message>
      <source>every {minutes} min</source>
      <translation>әр {minutes} мин сайын</translation>
    </message>
  </context>
  <context>
    <name>SanitaryBanner</name>
    <message>
      <source>Sanitary check OVERDUE since {time}. Not done ({count}):</source>
      <translation>Санитарлық тексерудің мерзімі {time} уақыттан бері ӨТІП КЕТТІ. Орындалмағандар ({count}):</translation>
    </message>
    <message>
      <source>Sanitary check due at {time}, soon:</source>
      <translation>Санитарлық тексеру жақында, {time} уақытта жүргізілуі тиіс:</translation>
    </message>
    <message>
      <source>Next disinfection check due at {time}.</source>
      <translation>Келесі дезинфекция тексеруінің мерзімі: {time}.</translation>
    </message>
    <message>
      <source>{headline} Tell the chair or the secretary.</source>
      <translation>{headline} Төрағаға немесе хатшыға хабарлаңыз.</translation>
    </message>
    <message>
      <source>{item}: due at {time}</source>
      <translation>{item}: мерзімі {time}</translation>
    </message>
  </context>
  <context>
    <name>SanitaryBannerForm</name>
    <message>
      <source>Record the periodic check…</source>
      <translation>Мерзімді тексеруді жазу…</translation>
    </message>
    <message>
      <source>Open the periodic sanitary checklist.</source>
      <translation>Мерзімді санитарлық тексеру парағын ашу.</translation>
    </message>
  </context>
  <context>
    <name>SanitaryForm</name>
    <message>
      <source>Sanitary checks</source>
      <translation>Санитарлық тексерулер</translation>
    </message>
    <message>
      <source>Opening checklist…</source>
      <translation>Ашу алдындағы тексеру парағы…</translation>
    </message>
    <message>
      <source>Before opening: the station opens only when every mandatory item is yes.</source>
      <translation>Ашу алдында: учаске барлық міндетті тармаққа «иә» деп жауап берілгенде ғана ашылады.</translation>
    </message>
    <message>
      <source>Periodic check…</source>
      <translation>Мерзімді тексеру…</translation>
    </message>
    <message>
      <source>During voting: disinfection, airing, masks, at the times shown below.</source>
      <translation>Дауыс беру барысында: дезинфекция, желдету, бетперделер — төменде көрсетілген уақыттарда.</translation>
    </message>
    <message>
      <source>Closing checklist…</source>
      <translation>Жабу кезіндегі тексеру парағы…</translation>
    </message>
    <message>
      <source>After voting ends: the station closes only once the closing checklist is saved.</source>
      <translation>Дауыс беру аяқталғаннан кейін: учаске жабу кезіндегі тексеру парағы сақталғаннан кейін ғана жабылады.</translation>
    </message>
    <message>
      <source>Periodic checks during voting</source>
      <translation>Дауыс беру барысындағы мерзімді тексерулер</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Тармақ</translation>
    </message>
    <message>
      <source>Every</source>
      <translation>Жиілігі</translation>
    </message>
    <message>
      <source>Last done</source>
      <translation>Соңғы орындалған уақыты</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Келесі мерзімі</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Күйі</translation>
    </message>
    <message>
      <source>Overdue periods</source>
      <translation>Мерзімі өткен кезеңдер</translation>
    </message>
    <message>
      <source>Checklists recorded</source>
      <translation>Жазылған тексеру парақтары</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Уақыт</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>Тексеру парағы</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Жазған</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Нәтиже</translation>
    </message>
    <message>
      <source>Items not “yes” and notes</source>
      <translation>«Иә» деп жауап берілмеген тармақтар және жазбалар</translation>
    </message>
    <message>
      <source>Observers</source>
      <translation>Байқаушылар</translation>
    </message>
    <message>
      <source>Observers at the station</source>
      <translation>Учаскедегі байқаушылар</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Аты-жөні</translation>
    </message>
    <message>
      <source>Represents</source>
      <translation>Кімнің атынан</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>Келген уақыты</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Кеткен уақыты</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
      <source>Surname, name as in the document</source>
      <translation>Тегі, аты — құжаттағыдай</translation>
    </message>
    <message>
      <source>&amp;Represents</source>
      <translation>&amp;Кімнің атынан</translation>
    </message>
    <message>
      <source>Whose proxy: a candidate, a party body, the public</source>
      <translation>Кімнің сенім білдірген адамы: үміткердің, партия органының, жұртшылықтың</translation>
    </message>
    <message>
      <source>Register the arrival</source>
      <translation>Келгенін тіркеу</translation>
    </message>
    <message>
      <source>The selected observer left</source>
      <translation>Таңдалған байқаушы кетті</translation>
    </message>
    <message>
      <source>Observers' remarks and complaints</source>
      <translation>Байқаушылардың ескертпелері мен шағымдары</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Байқаушы</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <source>Commission's response</source>
      <translation>Комиссияның жауабы</translation>
    </message>
    <message>
      <source>Re&amp;mark of the selected observer</source>
      <translation>Таңдалған байқаушының &amp;ескертпесі</translation>
    </message>
    <message>
      <source>What the observer said or wrote, as close to their words as possible</source>
      <translation>Байқаушының айтқаны немесе жазғаны, мүмкіндігінше өз сөзіне жақын</translation>
    </message>
    <message>
      <source>The commission's res&amp;ponse</source>
      <translation>Комиссияның &amp;жауабы</translation>
    </message>
    <message>
      <source>May be left empty and given later to the selected remark</source>
      <translation>Бос қалдыруға болады, жауап таңдалған ескертпеге кейін беріледі</translation>
    </message>
    <message>
      <source>Record the remark</source>
      <translation>Ескертпені жазу</translation>
    </message>
    <message>
      <source>Answer the selected remark</source>
      <translation>Таңдалған ескертпеге жауап беру</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Оқиғалар</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Не болды</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>Қабылданған шаралар</translation>
    </message>
    <message>
      <source>Record an incident</source>
      <translation>Оқиғаны тіркеу</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Түрі</translation>
    </message>
    <message>
      <source>&amp;What happened</source>
      <translation>&amp;Не болды</translation>
    </message>
    <message>
      <source>&amp;Action taken</source>
      <translation>Қабылданған &amp;шаралар</translation>
    </message>
    <message>
      <source>What the commission did about it (may be empty)</source>
      <translation>Комиссия бұл бойынша не істеді (бос қалдыруға болады)</translation>
    </message>
    <message>
      <source>Record the incident</source>
      <translation>Оқиғаны тіркеу</translation>
    </message>
  </context>
  <context>
    <name>SanitaryPage</name>
    <message>
      <source>Not done yet: the station cannot open without it.</source>
      <translation>Әлі орындалмаған: онсыз учаске ашыла алмайды.</translation>
    </message>
    <message>
      <source>Passed at {time} ({name}).</source>
      <translation>Тексеруден {time} уақытта өтті ({name}).</translation>
    </message>
    <message>
      <source>Not passed at {time}; opened by the chair's exception: {reason}</source>
      <translation>{time} уақытта тексеруден өтпеді; учаске төрағаның ерекшелігімен ашылды: {reason}</translation>
    </message>
    <message>
      <source>Not passed at {time}. Mandatory items not yes: {count}.</source>
      <translation>{time} уақытта тексеруден өтпеді. «Иә» деп жауап берілмеген міндетті тармақтар: {count}.</translation>
    </message>
    <message>
      <source>Not done yet: the station closes only after it.</source>
      <translation>Әлі орындалмаған: учаске тек одан кейін жабылады.</translation>
    </message>
    <message>
      <source>Saved at {time}. Mandatory items not yes, written into the protocol: {count}.</source>
      <translation>{time} уақытта сақталды. Хаттамаға жазылған, «иә» деп жауап берілмеген міндетті тармақтар: {count}.</translation>
    </message>
    <message>
      <source>The schedule starts when the station opens: each item falls due its interval after the opening.</source>
      <translation>Кесте учаске ашылғанда басталады: әр тармақтың мерзімі учаске ашылғаннан кейін өз аралығы өткенде келеді.</translation>
    </message>
    <message>
      <source>During voting, at the times shown below.</source>
      <translation>Дауыс беру барысында, төменде көрсетілген уақыттарда.</translation>
    </message>
    <message>
      <source>Each item falls due its interval after its last check. A check done late leaves an overdue period, recorded for the protocol.</source>
      <translation>Әр тармақтың мерзімі соңғы тексеруден кейін өз аралығы өткенде келеді. Кешіктіріп жүргізілген тексеру мерзімі өткен кезең ретінде хаттама үшін тіркеледі.</translation>
    </message>
    <message>
      <source>OVERDUE since {time}: do the check now and record it.</source>
      <translation>{time} уақыттан бері МЕРЗІМІ ӨТКЕН: тексеруді қазір жүргізіп, жазыңыз.</translation>
    </message>
    <message>
      <source>Due soon, at {time}.</source>
      <translation>Мерзімі жақында, {time} уақытта.</translation>
    </message>
    <message>
      <source>Next due at {time}.</source>
      <translation>Келесі мерзімі: {time}.</translation>
    </message>
    <message>
      <source>Voting has ended.</source>
      <translation>Дауыс беру аяқталды.</translation>
    </message>
    <message>
      <source>since {start}, not done yet</source>
      <translation>{start} уақыттан бері, әлі орындалмаған</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <source>Overdue since {time}</source>
      <translation>{time} уақыттан бері мерзімі өткен</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Мерзімі жақын</translation>
    </message>
    <message>
      <source>In time</source>
      <translation>Уақытында</translation>
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
      <translation>Өтті</translation>
    </message>
    <message>
      <source>Mandatory items not yes: {count}</source>
      <translation>«Иә» деп жауап берілмеген міндетті тармақтар: {count}</translation>
    </message>
    <message>
      <source>Every item yes</source>
      <translation>Барлық тармақ — «иә»</translation>
    </message>
    <message>
      <source>present</source>
      <translation>учаскеде</translation>
    </message>
    <message>
      <source>{response} ({time}, {name})</source>
      <translation>{response} ({time}, {name})</translation>
    </message>
    <message>
      <source>Not answered yet</source>
      <translation>Әлі жауап берілмеген</translation>
    </message>
    <message>
      <source>Checklists are recorded by the chair or the secretary.</source>
      <translation>Тексеру парақтарын төраға немесе хатшы жазады.</translation>
    </message>
    <message>
      <source>The chair or the secretary records the periodic check: tell them, or log in as one of them.</source>
      <translation>Мерзімді тексеруді төраға немесе хатшы жазады: оларға хабарлаңыз немесе солардың бірі ретінде жүйеге кіріңіз.</translation>
    </message>
    <message>
      <source>Observer {name} registered, arrived at {time}.</source>
      <translation>Байқаушы {name} тіркелді, келген уақыты {time}.</translation>
    </message>
    <message>
      <source>Observer {name} left at {time}.</source>
      <translation>Байқаушы {name} {time} уақытта кетті.</translation>
    </message>
    <message>
      <source>The remark was recorded at {time}.</source>
      <translation>Ескертпе {time} уақытта жазылды.</translation>
    </message>
    <message>
      <source>The commission's response was recorded at {time}.</source>
      <translation>Комиссияның жауабы {time} уақытта жазылды.</translation>
    </message>
    <message>
      <source>Incident recorded at {time}: {kind}.</source>
      <translation>Оқиға {time} уақытта тіркелді: {kind}.</translation>
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
      <translation>«{race}» бойынша есепке алынған бүлінген бюллетеньдер: {count}.</translation>
    </message>
  </context>
  <context>
    <name>SpoilDialog</name>
    <message>
      <source>Record a spoiled ballot</source>
      <translation>Бүлінген бюллетеньді есепке алу</translation>
    </message>
    <message>
      <source>The voter returned a spoiled ballot and received a new one. The spoiled ballot counts on line 4 of the protocol.</source>
      <translation>Сайлаушы бүлінген бюллетеньді қайтарып, жаңасын алды. Бүлінген бюллетень хаттаманың 4-жолында есептеледі.</translation>
    </message>
    <message>
      <source>&amp;Race</source>
      <translation>&amp;Сайлау</translation>
    </message>
    <message>
      <source>&amp;Spoiled ballots</source>
      <translation>&amp;Бүлінген бюллетеньдер</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Record the spoiled ballot</source>
      <translation>Бүлінген бюллетеньді есепке алу</translation>
    </message>
  </context>
  <context>
    <name>StationForm</name>
    <message>
      <source>Opening and closing</source>
      <translation>Ашу және жабу</translation>
    </message>
    <message>
      <source>Before the station can open:</source>
      <translation>Учаскені ашпас бұрын:</translation>
    </message>
    <message>
      <source>Open the station</source>
      <translation>Учаскені ашу</translation>
    </message>
    <message>
      <source>The chair opens the station; check-ins start then.</source>
      <translation>Учаскені төраға ашады; тіркеу содан кейін басталады.</translation>
    </message>
    <message>
      <source>Close the station…</source>
      <translation>Учаскені жабу…</translation>
    </message>
    <message>
      <source>The chair closes the station; no check-in is possible afterwards.</source>
      <translation>Учаскені төраға жабады; одан кейін тіркеу мүмкін емес.</translation>
    </message>
    <message>
      <source>Ballots received</source>
      <translation>Алынған бюллетеньдер</translation>
    </message>
    <message>
      <source>&amp;Race</source>
      <translation>&amp;Сайлау</translation>
    </message>
    <message>
      <source>&amp;Ballots</source>
      <translation>&amp;Бюллетеньдер</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Есепке алу</translation>
    </message>
    <message>
      <source>Record the number of ballots received for this race (chair or secretary).</source>
      <translation>Осы сайлау бойынша алынған бюллетеньдер санын есепке алу (төраға немесе хатшы).</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Сайлау</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Алынды</translation>
    </message>
    <message>
      <source>During the voting</source>
      <translation>Дауыс беру барысында</translation>
    </message>
    <message>
      <source>Record a spoiled ballot…</source>
      <translation>Бүлінген бюллетеньді есепке алу…</translation>
    </message>
    <message>
      <source>A voter spoiled a ballot and received a replacement.</source>
      <translation>Сайлаушы бюллетеньді бүлдіріп, орнына жаңасын алды.</translation>
    </message>
    <message>
      <source>Void a check-in…</source>
      <translation>Тіркеудің күшін жою…</translation>
    </message>
    <message>
      <source>The chair only, with a written reason. The member may then be checked in again.</source>
      <translation>Тек төраға, себебін жазбаша көрсетіп. Содан кейін мүшені қайта тіркеуге болады.</translation>
    </message>
    <message>
      <source>Backfill from the paper list…</source>
      <translation>Қағаз тізімнен енгізу…</translation>
    </message>
    <message>
      <source>Enter the check-ins written on the paper list while the computer was down (a clerk).</source>
      <translation>Компьютер істемей тұрғанда қағаз тізімге жазылған тіркеулерді енгізу (комиссия мүшесі).</translation>
    </message>
  </context>
  <context>
    <name>StationPageController</name>
    <message>
      <source>The station is {state}.</source>
      <translation>Учаскенің күйі: {state}.</translation>
    </message>
    <message>
      <source>Everything is ready: the chair may open the station.</source>
      <translation>Бәрі дайын: төраға учаскені аша алады.</translation>
    </message>
    <message>
      <source>Only the chair may void a check-in.</source>
      <translation>Тіркеудің күшін тек төраға жоя алады.</translation>
    </message>
    <message>
      <source>Backfilling the paper list issues ballots, so a clerk does it.</source>
      <translation>Қағаз тізімнен енгізу бюллетень беру болып саналады, сондықтан оны комиссия мүшесі орындайды.</translation>
    </message>
    <message>
      <source>Ballots received for «{race}»: {count}.</source>
      <translation>«{race}» бойынша алынған бюллетеньдер: {count}.</translation>
    </message>
    <message>
      <source>The station is open. Check-ins may begin.</source>
      <translation>Учаске ашық. Тіркеуді бастауға болады.</translation>
    </message>
    <message>
      <source>Close the station</source>
      <translation>Учаскені жабу</translation>
    </message>
    <message>
      <source>After closing, no member can be checked in. Close the station now?</source>
      <translation>Учаске жабылғаннан кейін бірде-бір мүшені тіркеу мүмкін болмайды. Учаске қазір жабылсын ба?</translation>
    </message>
    <message>
      <source>Keep it open</source>
      <translation>Ашық қалдыру</translation>
    </message>
    <message>
      <source>The station is closed. No more check-ins.</source>
      <translation>Учаске жабық. Енді тіркеу жүргізілмейді.</translation>
    </message>
  </context>
  <context>
    <name>TallyController</name>
    <message>
      <source>Tap the candidates marked on the ballot in your hand, then press Next ballot. A ballot with no mark, or with more than {count} marks, is counted invalid automatically.</source>
      <translation>Қолыңыздағы бюллетеньде белгіленген үміткерлерді басып, содан кейін «Келесі бюллетень» батырмасын басыңыз. Белгі қойылмаған немесе {count} белгіден көп белгі қойылған бюллетень автоматты түрде жарамсыз деп есептеледі.</translation>
    </message>
    <message>
      <source>Type the totals as entry {entry}</source>
      <translation>Қорытынды сандарды {entry}-енгізу ретінде теру</translation>
    </message>
    <message>
      <source>{name} — {votes}</source>
      <translation>{name} — {votes}</translation>
    </message>
    <message>
      <source>Ballots counted: {ballots}. Valid: {valid}. Invalid: {invalid}.</source>
      <translation>Саналған бюллетеньдер: {ballots}. Жарамды: {valid}. Жарамсыз: {invalid}.</translation>
    </message>
    <message>
      <source>This ballot: no mark yet. Next ballot now counts it invalid (blank).</source>
      <translation>Осы бюллетень: әзірге белгі жоқ. «Келесі бюллетень» батырмасы оны жарамсыз (бос) деп есептейді.</translation>
    </message>
    <message>
      <source>This ballot: {count} marks, more than {limit}. Next ballot counts it invalid.</source>
      <translation>Осы бюллетень: {count} белгі, бұл {limit} белгіден көп. «Келесі бюллетень» батырмасы оны жарамсыз деп есептейді.</translation>
    </message>
    <message>
      <source>This ballot: {count} mark(s) of at most {limit}.</source>
      <translation>Осы бюллетень: {count} белгі (ең көбі {limit}).</translation>
    </message>
    <message>
      <source>The last ballot was taken back.</source>
      <translation>Соңғы бюллетень кері алынды.</translation>
    </message>
  </context>
  <context>
    <name>TallyDialog</name>
    <message>
      <source>Tally by ballot</source>
      <translation>Бюллетеньдерді бір-бірлеп санау</translation>
    </message>
    <message>
      <source>&amp;Next ballot</source>
      <translation>&amp;Келесі бюллетень</translation>
    </message>
    <message>
      <source>Count this ballot with the candidates tapped; no mark or too many marks count it invalid.</source>
      <translation>Осы бюллетеньді басылған үміткерлермен есептеу; белгі болмаса немесе белгі тым көп болса, ол жарамсыз деп есептеледі.</translation>
    </message>
    <message>
      <source>Declared &amp;invalid</source>
      <translation>&amp;Жарамсыз деп танылды</translation>
    </message>
    <message>
      <source>The commission declared this ballot invalid for another reason: a non-standard form, or a choice that cannot be determined.</source>
      <translation>Комиссия бұл бюллетеньді басқа себеппен жарамсыз деп таныды: белгіленбеген үлгідегі бюллетень немесе таңдауды анықтау мүмкін емес.</translation>
    </message>
    <message>
      <source>&amp;Undo the last ballot</source>
      <translation>Соңғы бюллетеньді &amp;болдырмау</translation>
    </message>
    <message>
      <source>Take back the last ballot counted.</source>
      <translation>Соңғы саналған бюллетеньді кері алу.</translation>
    </message>
    <message>
      <source>&amp;Unused ballots, cancelled (line 5):</source>
      <translation>&amp;Пайдаланылмаған (өтелген) бюллетеньдер (5-жол):</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Жабу</translation>
    </message>
    <message>
      <source>The tally is kept; it can be continued later.</source>
      <translation>Санау нәтижесі сақталады; оны кейін жалғастыруға болады.</translation>
    </message>
  </context>
  <context>
    <name>Terms</name>
    <message>
      <source>Chair</source>
      <translation>Төраға</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>Хатшы</translation>
    </message>
    <message>
      <source>Clerk</source>
      <translation>Комиссия мүшесі</translation>
    </message>
    <message>
      <source>SETUP: not open yet</source>
      <translation>ДАЙЫНДЫҚ: әлі ашылмаған</translation>
    </message>
    <message>
      <source>OPEN: voting</source>
      <translation>АШЫҚ: дауыс беру жүріп жатыр</translation>
    </message>
    <message>
      <source>CLOSED</source>
      <translation>ЖАБЫҚ</translation>
    </message>
    <message>
      <source>COUNTED</source>
      <translation>САНАЛДЫ</translation>
    </message>
    <message>
      <source>FINALIZED</source>
      <translation>АЯҚТАЛДЫ</translation>
    </message>
    <message>
      <source>Active member</source>
      <translation>Белсенді мүше</translation>
    </message>
    <message>
      <source>Membership suspended</source>
      <translation>Мүшелігі тоқтатыла тұрған</translation>
    </message>
    <message>
      <source>{value} %</source>
      <translation>{value}%</translation>
    </message>
  </context>
  <context>
    <name>TrustDialog</name>
    <message>
      <source>A CA or chair's certificate</source>
      <translation>Куәландырушы орталықтың немесе төрағаның сертификаты</translation>
    </message>
    <message>
      <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
      <translation>Сертификаттар (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Packages refused before are not checked again by themselves: import their folder again.</source>
      <translation>Бұрын қабылданбаған пакеттер өздігінен қайта тексерілмейді: олардың қалтасын қайта импорттаңыз.</translation>
    </message>
    <message>
      <source>«{subject}» was already trusted for precinct {precinct}.</source>
      <translation>«{subject}» мына учаске үшін бұрыннан сенімді: {precinct}.</translation>
    </message>
    <message>
      <source>«{subject}» was already trusted for every precinct.</source>
      <translation>«{subject}» барлық учаскелер үшін бұрыннан сенімді.</translation>
    </message>
    <message>
      <source>Trusted the CA «{subject}» for precinct {precinct} (SHA-256 {fingerprint}…).</source>
      <translation>«{subject}» куәландырушы орталығы мына учаске үшін сенімділер қатарына қосылды: {precinct} (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>Trusted the CA «{subject}» for every precinct (SHA-256 {fingerprint}…).</source>
      <translation>«{subject}» куәландырушы орталығы барлық учаскелер үшін сенімділер қатарына қосылды (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>Trusted the certificate «{subject}» for precinct {precinct} (SHA-256 {fingerprint}…).</source>
      <translation>«{subject}» сертификаты мына учаске үшін сенімділер қатарына қосылды: {precinct} (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>Trusted the certificate «{subject}» for every precinct (SHA-256 {fingerprint}…).</source>
      <translation>«{subject}» сертификаты барлық учаскелер үшін сенімділер қатарына қосылды (SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <source>every precinct</source>
      <translation>барлық учаскелер</translation>
    </message>
    <message>
      <source>CA: every key it issued</source>
      <translation>Куәландырушы орталық: ол берген барлық кілттер</translation>
    </message>
    <message>
      <source>chair's certificate</source>
      <translation>төраға сертификаты</translation>
    </message>
  </context>
  <context>
    <name>TurnoutController</name>
    <message>
      <source>ballots issued, voids excluded</source>
      <translation>берілген бюллетеньдер, күші жойылғандарды есептемегенде</translation>
    </message>
    <message>
      <source>of {eligible} eligible members</source>
      <translation>дауыс беру құқығы бар {eligible} мүшеден</translation>
    </message>
    <message>
      <source>by the chair, with reasons</source>
      <translation>төраға, себебі көрсетілген</translation>
    </message>
    <message>
      <source>entered later from the paper list</source>
      <translation>қағаз тізімнен кейін енгізілген</translation>
    </message>
    <message>
      <source>to be annulled online at the branch</source>
      <translation>онлайн дауысы филиалда жарамсыз деп танылады</translation>
    </message>
  </context>
  <context>
    <name>TurnoutForm</name>
    <message>
      <source>Checked in</source>
      <translation>Тіркелгендер</translation>
    </message>
    <message>
      <source>Turnout</source>
      <translation>Қатысу</translation>
    </message>
    <message>
      <source>Voided check-ins</source>
      <translation>Күші жойылған тіркеулер</translation>
    </message>
    <message>
      <source>Backfilled from paper</source>
      <translation>Қағаздан енгізілгендер</translation>
    </message>
    <message>
      <source>Also voted online</source>
      <translation>Онлайн да дауыс бергендер</translation>
    </message>
    <message>
      <source>Check-ins per hour (voided check-ins not counted)</source>
      <translation>Сағат сайынғы тіркеулер (күші жойылғандар есептелмеген)</translation>
    </message>
    <message>
      <source>Ballots per race: end-of-day reconciliation</source>
      <translation>Сайлаулар бойынша бюллетеньдер: күн соңындағы салыстыру</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Сайлау</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Алынды</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Берілді</translation>
    </message>
    <message>
      <source>Spoiled</source>
      <translation>Бүлінді</translation>
    </message>
    <message>
      <source>Remaining</source>
      <translation>Қалды</translation>
    </message>
    <message>
      <source>Every check-in received one ballot of each race. Remaining = received − issued − spoiled.</source>
      <translation>Әр тіркелген мүше әр сайлаудың бір бюллетенін алды. Қалды = алынды − берілді − бүлінді.</translation>
    </message>
  </context>
  <context>
    <name>VoidController</name>
    <message>
      <source>{name}: checked in at {time} at desk {desk}, receipt {receipt}.</source>
      <translation>{name}: тіркелген уақыты {time}, №{desk} үстел, түбіртек {receipt}.</translation>
    </message>
    <message>
      <source>This IIN has no check-in to void.</source>
      <translation>Бұл ЖСН бойынша күшін жоятын тіркеу жоқ.</translation>
    </message>
    <message>
      <source>The check-in of {iin} was voided; the member may be checked in again.</source>
      <translation>ЖСН {iin} бойынша тіркеудің күші жойылды; мүшені қайта тіркеуге болады.</translation>
    </message>
  </context>
  <context>
    <name>VoidDialog</name>
    <message>
      <source>Void a check-in</source>
      <translation>Тіркеудің күшін жою</translation>
    </message>
    <message>
      <source>Only the chair may void a check-in, and only with a written reason. The member may then be checked in again. The void is written to the journal.</source>
      <translation>Тіркеудің күшін тек төраға және тек жазбаша себеппен жоя алады. Содан кейін мүшені қайта тіркеуге болады. Күшін жою журналға жазылады.</translation>
    </message>
    <message>
      <source>&amp;IIN of the member</source>
      <translation>Мүшенің &amp;ЖСН-і</translation>
    </message>
    <message>
      <source>12 digits</source>
      <translation>12 цифр</translation>
    </message>
    <message>
      <source>&amp;Reason (required)</source>
      <translation>&amp;Себебі (міндетті)</translation>
    </message>
    <message>
      <source>For example: the clerk checked in the wrong member of the same family.</source>
      <translation>Мысалы: комиссия мүшесі бір отбасының басқа мүшесін қате тіркеп қойған.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <source>Void the check-in</source>
      <translation>Тіркеудің күшін жою</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>The officer «{officer}» has been deactivated.</source>
      <comment>auth.inactive_officer</comment>
      <translation>«{officer}» комиссия мүшесінің есептік жазбасы өшірілген.</translation>
    </message>
    <message>
      <source>Too many wrong PINs for «{officer}»: try again after {until}.</source>
      <comment>auth.locked</comment>
      <translation>«{officer}» үшін PIN-код тым көп рет қате терілді: {until} уақытынан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <source>Log in first.</source>
      <comment>auth.no_session</comment>
      <translation>Алдымен жүйеге кіріңіз.</translation>
    </message>
    <message>
      <source>A PIN is 4 to 12 digits.</source>
      <comment>auth.pin_format</comment>
      <translation>PIN-код 4-тен 12-ге дейін цифрдан тұрады.</translation>
    </message>
    <message>
      <source>A {role} may not do this ({action}); it needs: {allowed}.</source>
      <comment>auth.role</comment>
      <translation>«{role}» рөлі бұл әрекетті ({action}) орындай алмайды; қажетті рөл: {allowed}.</translation>
    </message>
    <message>
      <source>There is no officer with the login «{officer}».</source>
      <comment>auth.unknown_officer</comment>
      <translation>«{officer}» логині бар комиссия мүшесі жоқ.</translation>
    </message>
    <message>
      <source>Wrong PIN for «{officer}». {remaining} attempt(s) left before a lockout.</source>
      <comment>auth.wrong_pin</comment>
      <translation>«{officer}» үшін PIN-код қате. Бұғатталғанға дейін қалған әрекет саны: {remaining}.</translation>
    </message>
    <message>
      <source>The copy in {file} failed SQLite's integrity check: {detail}.</source>
      <comment>backup.integrity</comment>
      <translation>{file} ішіндегі көшірме SQLite тұтастық тексеруінен өтпеді: {detail}.</translation>
    </message>
    <message>
      <source>The copy in {file} has a broken journal.</source>
      <comment>backup.journal</comment>
      <translation>{file} ішіндегі көшірменің журналы бүлінген.</translation>
    </message>
    <message>
      <source>No backup folder is set: choose one (a USB stick) first.</source>
      <comment>backup.no_folder</comment>
      <translation>Сақтық көшірме қалтасы көрсетілмеген: алдымен қалтаны (USB жинақтауышты) таңдаңыз.</translation>
    </message>
    <message>
      <source>{file} is not a Polling Station station backup.</source>
      <comment>backup.not_a_backup</comment>
      <translation>{file} — «Сайлау учаскесі» бағдарламасының учаске сақтық көшірмесі емес.</translation>
    </message>
    <message>
      <source>Candidate «{candidate}» of race «{race}» is already excluded ({reason}).</source>
      <comment>branch.already_excluded</comment>
      <translation>«{race}» сайлауындағы «{candidate}» үміткері бұрын шығарылған ({reason}).</translation>
    </message>
    <message>
      <source>«{package}» matches several packages of precinct {precinct}: give more digits.</source>
      <comment>branch.ambiguous_package</comment>
      <translation>«{package}» №{precinct} учаскенің бірнеше пакетіне сәйкес келеді: көбірек цифр көрсетіңіз.</translation>
    </message>
    <message>
      <source>The file {file} holds no readable certificate (PEM or DER).</source>
      <comment>branch.cert_unreadable</comment>
      <translation>{file} файлында оқылатын сертификат жоқ (PEM немесе DER).</translation>
    </message>
    <message>
      <source>Version {newer} ({newer_package}…) does not continue the journal of version {older} ({older_package}…): it was not made from the same station file.</source>
      <comment>branch.conflict_journal</comment>
      <translation>{newer}-нұсқа ({newer_package}…) {older}-нұсқаның ({older_package}…) журналын жалғастырмайды: ол сол учаске файлынан жасалмаған.</translation>
    </message>
    <message>
      <source>Another, different package of version {version} exists for the precinct ({other}…).</source>
      <comment>branch.conflict_same_version</comment>
      <translation>Учаскенің {version}-нұсқасының басқа, өзгеше пакеті бар ({other}…).</translation>
    </message>
    <message>
      <source>Signed by «{signer}» (certificate {fingerprint}…), but the package {other}… (version {other_version}) of this precinct is signed by «{other_signer}» (certificate {other_fingerprint}…).</source>
      <comment>branch.conflict_signer</comment>
      <translation>«{signer}» қол қойған (сертификат {fingerprint}…), бірақ осы учаскенің {other}… пакетіне ({other_version}-нұсқа) «{other_signer}» қол қойған (сертификат {other_fingerprint}…).</translation>
    </message>
    <message>
      <source>Write the control committee's reason for excluding the candidate.</source>
      <comment>branch.exclusion_reason</comment>
      <translation>Үміткерді шығару туралы бақылау комитетінің себебін жазыңыз.</translation>
    </message>
    <message>
      <source>Precinct {precinct} has no conflicting packages to resolve.</source>
      <comment>branch.no_conflict</comment>
      <translation>№{precinct} учаскеде шешілетін қайшы пакеттер жоқ.</translation>
    </message>
    <message>
      <source>Import the member roll first (branch new … --roll ROLL, or branch roll-import): online ballots are checked against it.</source>
      <comment>branch.no_roll</comment>
      <translation>Алдымен партия мүшелерінің тізімін импорттаңыз (branch new … --roll ROLL немесе branch roll-import): онлайн бюллетеньдер сол тізім бойынша тексеріледі.</translation>
    </message>
    <message>
      <source>No certificate is trusted for precinct {precinct}: add the branch CA or the chair's certificate with «branch trust».</source>
      <comment>branch.no_trust</comment>
      <translation>№{precinct} учаске үшін бірде-бір сертификат сенімді деп белгіленбеген: филиалдың куәландырушы орталығын (CA) немесе төрағаның сертификатын «branch trust» командасымен қосыңыз.</translation>
    </message>
    <message>
      <source>No conflicting package of precinct {precinct} starts with «{package}».</source>
      <comment>branch.not_in_conflict</comment>
      <translation>№{precinct} учаскенің қайшы пакеттерінің ешқайсысы «{package}» деп басталмайды.</translation>
    </message>
    <message>
      <source>Member {iin} already has a different ballot for race «{race}» from the file {file}: neither ballot is counted.</source>
      <comment>branch.online_differs</comment>
      <translation>{iin} мүшесінің «{race}» сайлауы бойынша {file} файлынан алынған басқа, өзгеше бюллетені бар: бұл бюллетеньдердің ешқайсысы есепке алынбайды.</translation>
    </message>
    <message>
      <source>Member {iin} was not eligible to vote: the membership is suspended, or began after the roll cutoff.</source>
      <comment>branch.online_not_eligible</comment>
      <translation>{iin} мүшесінің дауыс беру құқығы болмаған: мүшелігі тоқтатыла тұрған немесе тізімнің шекті күнінен кейін басталған.</translation>
    </message>
    <message>
      <source>The ballot was cast at {voted_at}, outside the online voting window ({opens} – {closes}).</source>
      <comment>branch.online_outside_window</comment>
      <translation>Дауыс берілген уақыт {voted_at} — онлайн дауыс беру мерзімінен ({opens} – {closes}) тыс.</translation>
    </message>
    <message>
      <source>Race «{race}»: {count} member(s) sent differing online ballots; none of them is counted (results.json lists them).</source>
      <comment>branch.online_set_aside</comment>
      <translation>«{race}» сайлауы: бір-біріне сәйкес келмейтін онлайн бюллетеньдер жіберген мүшелер: {count}; олардың ешқайсысы есепке алынбайды (тізімі results.json файлында).</translation>
    </message>
    <message>
      <source>The ballot marks {count} candidates; race «{race}» allows at most {max_choices}.</source>
      <comment>branch.online_too_many_choices</comment>
      <translation>Бюллетеньде {count} үміткер белгіленген; «{race}» сайлауында ең көбі {max_choices} үміткерді белгілеуге болады.</translation>
    </message>
    <message>
      <source>«{candidate}» is not a candidate of race «{race}».</source>
      <comment>branch.online_unknown_candidate</comment>
      <translation>«{candidate}» — «{race}» сайлауының үміткері емес.</translation>
    </message>
    <message>
      <source>The IIN {iin} is not on the member roll.</source>
      <comment>branch.online_unknown_member</comment>
      <translation>ЖСН {iin} партия мүшелерінің тізімінде жоқ.</translation>
    </message>
    <message>
      <source>There is no race «{race}» in this election.</source>
      <comment>branch.online_unknown_race</comment>
      <translation>Бұл праймеризде «{race}» сайлауы жоқ.</translation>
    </message>
    <message>
      <source>Member {iin} belongs to precinct {precinct}, which does not vote in race «{race}».</source>
      <comment>branch.online_wrong_race</comment>
      <translation>{iin} мүшесі №{precinct} учаскеге тіркелген, ал ол учаскеде «{race}» сайлауы бойынша дауыс беру өтпейді.</translation>
    </message>
    <message>
      <source>{file} changed while it was being imported; import it again.</source>
      <comment>branch.package_changed</comment>
      <translation>{file} импортталып жатқанда өзгерді; оны қайта импорттаңыз.</translation>
    </message>
    <message>
      <source>The package lists {listed} check-ins but its protocol says {issued} ballots were issued (line 3).</source>
      <comment>branch.package_checkins</comment>
      <translation>Пакетте {listed} тіркеу бар, бірақ оның хаттамасында {issued} бюллетень берілді деп көрсетілген (3-жол).</translation>
    </message>
    <message>
      <source>Verification failed: {detail}</source>
      <comment>branch.package_invalid</comment>
      <translation>Тексеру сәтсіз аяқталды: {detail}</translation>
    </message>
    <message>
      <source>The package is for election «{found}», not «{expected}».</source>
      <comment>branch.package_other_election</comment>
      <translation>Пакет «{expected}» сайлауына емес, «{found}» сайлауына арналған.</translation>
    </message>
    <message>
      <source>The protocol of precinct {precinct} does not match the election: {detail}.</source>
      <comment>branch.package_races</comment>
      <translation>№{precinct} учаскенің хаттамасы сайлау деректеріне сәйкес келмейді: {detail}.</translation>
    </message>
    <message>
      <source>The package is for precinct «{precinct}», which this election does not have.</source>
      <comment>branch.package_unknown_precinct</comment>
      <translation>Пакет «{precinct}» учаскесіне арналған, ал бұл сайлауда ондай учаске жоқ.</translation>
    </message>
    <message>
      <source>{file} is not a precinct package: {reason}.</source>
      <comment>branch.package_unreadable</comment>
      <translation>{file} — учаске пакеті емес: {reason}.</translation>
    </message>
    <message>
      <source>The report was not written: the branch file was changed outside the application ({tables}), so its figures can no longer be trusted. Rebuild the branch file from the packages and online files, or go back to a copy whose data match its journal.</source>
      <comment>branch.report_tampered</comment>
      <translation>Есеп жазылмады: филиал файлы бағдарламадан тыс өзгертілген ({tables}), сондықтан оның сандарына енді сенуге болмайды. Филиал файлын пакеттер мен онлайн файлдардан қайта құрыңыз немесе деректері өз журналына сәйкес келетін көшірмеге оралыңыз.</translation>
    </message>
    <message>
      <source>Write the commission's reason for choosing this package.</source>
      <comment>branch.resolution_reason</comment>
      <translation>Осы пакетті таңдау туралы комиссияның себебін жазыңыз.</translation>
    </message>
    <message>
      <source>{rejected} row(s) of {file} are invalid; with --strict nothing was imported.</source>
      <comment>branch.roll_rejected</comment>
      <translation>{file} файлының {rejected} жолы қате; --strict режимінде ештеңе импортталмады.</translation>
    </message>
    <message>
      <source>Precinct «{value}» is not a precinct of this election.</source>
      <comment>branch.roll_unknown_precinct</comment>
      <translation>Бұл сайлауда «{value}» учаскесі жоқ.</translation>
    </message>
    <message>
      <source>The package is signed by «{signer}», but its protocol names «{chair}» as the chair.</source>
      <comment>branch.signer_not_chair</comment>
      <translation>Пакетке «{signer}» қол қойған, бірақ оның хаттамасында төраға ретінде «{chair}» көрсетілген.</translation>
    </message>
    <message>
      <source>The package is signed by «{signer}», whose certificate is trusted for precinct(s) {precincts} only, not for precinct {precinct}.</source>
      <comment>branch.signer_other_precinct</comment>
      <translation>Пакетке «{signer}» қол қойған; оның сертификаты тек мына учаске(лер) үшін сенімді: {precincts}, ал №{precinct} учаске үшін сенімді емес.</translation>
    </message>
    <message>
      <source>The package of precinct {precinct} is signed by «{signer}», who already signed the protocol of precinct(s) {precincts} (the same certificate or the same IIN): a chair's key signs for one precinct only.</source>
      <comment>branch.signer_pinned_elsewhere</comment>
      <translation>№{precinct} учаскенің пакетіне «{signer}» қол қойған, ал ол мына учаске(лер)дің хаттамасына бұрын қол қойған: {precincts} (сол сертификат немесе сол ЖСН): төрағаның кілтімен тек бір учаске үшін қол қойылады.</translation>
    </message>
    <message>
      <source>{document} is signed by «{signer}», whose certificate does not lead to one this branch trusts for precinct {precinct}.</source>
      <comment>branch.signer_untrusted</comment>
      <translation>{document} құжатына «{signer}» қол қойған; оның сертификатының тізбегі бұл филиал №{precinct} учаске үшін сенетін сертификатқа жетпейді.</translation>
    </message>
    <message>
      <source>The election definition stored in the branch file was changed outside the application.</source>
      <comment>branch.tamper_election</comment>
      <translation>Филиал файлында сақталған сайлау сипаттамасы бағдарламадан тыс өзгертілген.</translation>
    </message>
    <message>
      <source>{table}: the rows that {source} brought in were changed outside the application ({found} rows in the file, {expected} recorded by journal entry {seq}).</source>
      <comment>branch.tamper_rows</comment>
      <translation>{table}: {source} әкелген жолдар бағдарламадан тыс өзгертілген (файлда {found} жол, журналдың {seq} жазбасында {expected} жол тіркелген).</translation>
    </message>
    <message>
      <source>Race «{race}» has no candidate «{candidate}».</source>
      <comment>branch.unknown_candidate</comment>
      <translation>«{race}» сайлауында «{candidate}» деген үміткер жоқ.</translation>
    </message>
    <message>
      <source>The election «{election}» has no precinct «{precinct}».</source>
      <comment>branch.unknown_precinct</comment>
      <translation>«{election}» сайлауында «{precinct}» учаскесі жоқ.</translation>
    </message>
    <message>
      <source>The election has no race «{race}».</source>
      <comment>branch.unknown_race</comment>
      <translation>Бұл праймеризде «{race}» сайлауы жоқ.</translation>
    </message>
    <message>
      <source>Item «{item}»: «{field}» is not part of an answer (answer, note).</source>
      <comment>checklist.answer_unknown_field</comment>
      <translation>«{item}» тармағы: «{field}» жауаптың бөлігі емес (answer, note).</translation>
    </message>
    <message>
      <source>The answers to the {checklist} checklist must be an object of item id → answer.</source>
      <comment>checklist.answers_not_object</comment>
      <translation>{checklist} тексеру парағының жауаптары «тармақ id → жауап» түріндегі объект болуы тиіс.</translation>
    </message>
    <message>
      <source>Item «{item}»: the answer «{found}» must be yes, no or na.</source>
      <comment>checklist.bad_answer</comment>
      <translation>«{item}» тармағы: «{found}» жауабы yes, no немесе na болуы тиіс.</translation>
    </message>
    <message>
      <source>{source}: {path} must be a whole number of minutes from {min} to {max}, not «{found}».</source>
      <comment>checklist.bad_frequency</comment>
      <translation>{source}: {path} — минут саны, {min}–{max} аралығындағы бүтін сан болуы тиіс, «{found}» емес.</translation>
    </message>
    <message>
      <source>{source}: {path} (item {index}) is «{found}»; an id is lowercase Latin letters, digits and underscores, starting with a letter.</source>
      <comment>checklist.bad_item_id</comment>
      <translation>{source}: {path} ({index}-тармақ) мәні «{found}»; id кіші латын әріптерінен, цифрлардан және астыңғы сызықтардан тұрады және әріппен басталады.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} must be true or false, not «{found}».</source>
      <comment>checklist.bad_mandatory</comment>
      <translation>{source}: {index}-тармақ «{item}»: {path} true немесе false болуы тиіс, «{found}» емес.</translation>
    </message>
    <message>
      <source>Item «{item}»: the note must be text.</source>
      <comment>checklist.bad_note</comment>
      <translation>«{item}» тармағы: жазба мәтін болуы тиіс.</translation>
    </message>
    <message>
      <source>{source}: {path} must be a positive whole number, not «{found}».</source>
      <comment>checklist.bad_version</comment>
      <translation>{source}: {path} оң бүтін сан болуы тиіс, «{found}» емес.</translation>
    </message>
    <message>
      <source>{source}: {path} (item {index}) repeats the id «{item}» of item {first_index}.</source>
      <comment>checklist.duplicate_item_id</comment>
      <translation>{source}: {path} ({index}-тармақ) {first_index}-тармақтың «{item}» id-ін қайталайды.</translation>
    </message>
    <message>
      <source>Every mandatory item of the {checklist} checklist is yes: no exception was recorded.</source>
      <comment>checklist.exception_not_needed</comment>
      <translation>{checklist} тексеру парағының барлық міндетті тармағына «иә» деп жауап берілген: ерекшелік тіркелмеді.</translation>
    </message>
    <message>
      <source>An exception to the {checklist} checklist needs a written reason.</source>
      <comment>checklist.exception_reason_empty</comment>
      <translation>{checklist} тексеру парағынан ерекшелік жасау үшін жазбаша себеп қажет.</translation>
    </message>
    <message>
      <source>{source}: {path} is «{found}»; this program reads «{expected}».</source>
      <comment>checklist.format</comment>
      <translation>{source}: {path} мәні «{found}»; бұл бағдарлама «{expected}» форматын оқиды.</translation>
    </message>
    <message>
      <source>{source}: {path}: only the periodic checklist repeats; the {name} checklist takes no frequency.</source>
      <comment>checklist.frequency_not_periodic</comment>
      <translation>{source}: {path}: тек мерзімді тексеру парағы қайталанады; {name} тексеру парағына жиілік берілмейді.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} must be a whole number of minutes from {min} to {max}, not «{found}».</source>
      <comment>checklist.item_bad_frequency</comment>
      <translation>{source}: {index}-тармақ «{item}»: {path} — минут саны, {min}–{max} аралығындағы бүтін сан болуы тиіс, «{found}» емес.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path}: only the periodic checklist repeats its items.</source>
      <comment>checklist.item_frequency_not_periodic</comment>
      <translation>{source}: {index}-тармақ «{item}»: {path}: тармақтарын тек мерзімді тексеру парағы қайталайды.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}» has no {path}.</source>
      <comment>checklist.item_missing_field</comment>
      <translation>{source}: {index}-тармақ «{item}»: {path} жоқ.</translation>
    </message>
    <message>
      <source>{source}: {path} (item {index}) must be a JSON object.</source>
      <comment>checklist.item_not_object</comment>
      <translation>{source}: {path} ({index}-тармақ) JSON объектісі болуы тиіс.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} must be an object with kk, ru and en texts.</source>
      <comment>checklist.item_text_not_object</comment>
      <translation>{source}: {index}-тармақ «{item}»: {path} kk, ru және en мәтіндері бар объект болуы тиіс.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}»: {path} is not a field of a checklist item.</source>
      <comment>checklist.item_unknown_field</comment>
      <translation>{source}: {index}-тармақ «{item}»: {path} тексеру парағы тармағының өрісі емес.</translation>
    </message>
    <message>
      <source>Mandatory item «{item}» of the {checklist} checklist is answered «{answer}», not yes.</source>
      <comment>checklist.mandatory_not_yes</comment>
      <translation>{checklist} тексеру парағының «{item}» міндетті тармағына «иә» емес, «{answer}» деп жауап берілген.</translation>
    </message>
    <message>
      <source>Mandatory item «{item}» of the {checklist} checklist has no answer.</source>
      <comment>checklist.mandatory_unanswered</comment>
      <translation>{checklist} тексеру парағының «{item}» міндетті тармағына жауап берілмеген.</translation>
    </message>
    <message>
      <source>{source}: the required field {path} is missing.</source>
      <comment>checklist.missing_field</comment>
      <translation>{source}: міндетті {path} өрісі жоқ.</translation>
    </message>
    <message>
      <source>{source}: item {index} «{item}» has no {lang} text ({path}).</source>
      <comment>checklist.missing_text</comment>
      <translation>{source}: {index}-тармақ «{item}»: {lang} мәтіні жоқ ({path}).</translation>
    </message>
    <message>
      <source>{source}: the title has no {lang} text ({path}).</source>
      <comment>checklist.missing_title</comment>
      <translation>{source}: тақырыптың {lang} мәтіні жоқ ({path}).</translation>
    </message>
    <message>
      <source>{source}: {path} must be a non-empty list of items.</source>
      <comment>checklist.no_items</comment>
      <translation>{source}: {path} бос емес тармақтар тізімі болуы тиіс.</translation>
    </message>
    <message>
      <source>The {checklist} checklist has not been completed.</source>
      <comment>checklist.not_done</comment>
      <translation>{checklist} тексеру парағы толтырылмаған.</translation>
    </message>
    <message>
      <source>{source}: {path} must be a JSON object (a checklist template).</source>
      <comment>checklist.not_object</comment>
      <translation>{source}: {path} JSON объектісі (тексеру парағының үлгісі) болуы тиіс.</translation>
    </message>
    <message>
      <source>Item «{item}» is answered no: a note must say what is wrong.</source>
      <comment>checklist.note_required</comment>
      <translation>«{item}» тармағына «жоқ» деп жауап берілген: не дұрыс емес екенін жазбада көрсету керек.</translation>
    </message>
    <message>
      <source>{source}: {path} must be an object with kk, ru and en texts.</source>
      <comment>checklist.text_not_object</comment>
      <translation>{source}: {path} kk, ru және en мәтіндері бар объект болуы тиіс.</translation>
    </message>
    <message>
      <source>Item «{item}» of the {checklist} checklist has no answer.</source>
      <comment>checklist.unanswered</comment>
      <translation>{checklist} тексеру парағының «{item}» тармағына жауап берілмеген.</translation>
    </message>
    <message>
      <source>{source}: {path} is «{found}», but the template is used as the {expected} checklist.</source>
      <comment>checklist.unexpected_name</comment>
      <translation>{source}: {path} мәні «{found}», бірақ үлгі {expected} тексеру парағы ретінде пайдаланылады.</translation>
    </message>
    <message>
      <source>{source}: {path} is not a field of a checklist template.</source>
      <comment>checklist.unknown_field</comment>
      <translation>{source}: {path} тексеру парағы үлгісінің өрісі емес.</translation>
    </message>
    <message>
      <source>The {checklist} checklist has no item «{item}».</source>
      <comment>checklist.unknown_item</comment>
      <translation>{checklist} тексеру парағында «{item}» тармағы жоқ.</translation>
    </message>
    <message>
      <source>{source}: {path} is «{found}»; a checklist is named opening, periodic or closing.</source>
      <comment>checklist.unknown_name</comment>
      <translation>{source}: {path} мәні «{found}»; тексеру парағының атауы opening, periodic немесе closing болуы тиіс.</translation>
    </message>
    <message>
      <source>Write the explanation of control relation {relation}.</source>
      <comment>count.explain_empty</comment>
      <translation>{relation} бақылау арақатынасы бойынша түсініктеме жазыңыз.</translation>
    </message>
    <message>
      <source>Control relation {relation} is an error: it is corrected by a recount, not explained.</source>
      <comment>count.explain_error</comment>
      <translation>{relation} бақылау арақатынасының бұзылуы — қате: ол түсініктемемен емес, қайта санау арқылы түзетіледі.</translation>
    </message>
    <message>
      <source>Control relation {relation} holds for race «{race}»: there is nothing to explain.</source>
      <comment>count.explain_holds</comment>
      <translation>«{race}» сайлауы бойынша {relation} бақылау арақатынасы орындалады: түсіндіретін ештеңе жоқ.</translation>
    </message>
    <message>
      <source>Explain a warning once both entries of race «{race}» agree.</source>
      <comment>count.explain_not_agreed</comment>
      <translation>Ескертуді «{race}» сайлауы бойынша екі енгізу сәйкес келгеннен кейін түсіндіріңіз.</translation>
    </message>
    <message>
      <source>There is no control relation «{relation}».</source>
      <comment>count.explain_unknown</comment>
      <translation>«{relation}» деген бақылау арақатынасы жоқ.</translation>
    </message>
    <message>
      <source>The count of race «{race}» is not agreed yet: two officers must type it and their entries must agree.</source>
      <comment>count.not_agreed</comment>
      <translation>«{race}» сайлауы бойынша санау нәтижесі әлі келісілмеген: оны екі комиссия мүшесі теріп, олардың енгізулері сәйкес келуі тиіс.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} fails. Recount, correct the count sheet, and have both entries typed again.</source>
      <comment>count.relation_error</comment>
      <translation>«{race}» сайлауы: {relation} бақылау арақатынасы орындалмайды. Қайта санап, санау парағын түзетіңіз және екі енгізуді де қайта тергізіңіз.</translation>
    </message>
    <message>
      <source>The count of race «{race}» is already agreed; the chair must reopen it before more ballots are tallied.</source>
      <comment>count.tally_agreed</comment>
      <translation>«{race}» сайлауы бойынша санау нәтижесі келісіліп қойған; бюллетеньдерді әрі қарай санау үшін төраға оны қайта ашуы тиіс.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} is a warning that needs a written explanation for the protocol.</source>
      <comment>count.warning_unexplained</comment>
      <translation>«{race}» сайлауы: {relation} бақылау арақатынасы — ескерту; хаттама үшін жазбаша түсініктеме қажет.</translation>
    </message>
    <message>
      <source>Field «{field}» is missing: every candidate of race «{race}» needs a number of votes, 0 included.</source>
      <comment>count_sheet.candidate_missing</comment>
      <translation>«{field}» өрісі жоқ: «{race}» сайлауының әр үміткеріне дауыс саны көрсетілуі тиіс, 0 болса да.</translation>
    </message>
    <message>
      <source>Field «{field}» appears more than once.</source>
      <comment>count_sheet.duplicate</comment>
      <translation>«{field}» өрісі бірнеше рет кездеседі.</translation>
    </message>
    <message>
      <source>Field «{field}» is missing.</source>
      <comment>count_sheet.missing</comment>
      <translation>«{field}» өрісі жоқ.</translation>
    </message>
    <message>
      <source>Field «{field}» must not be negative ({value}).</source>
      <comment>count_sheet.negative</comment>
      <translation>«{field}» өрісі теріс сан болмауы тиіс ({value}).</translation>
    </message>
    <message>
      <source>Field «{field}» must be a whole number, not {value}.</source>
      <comment>count_sheet.not_integer</comment>
      <translation>«{field}» өрісі бүтін сан болуы тиіс, {value} емес.</translation>
    </message>
    <message>
      <source>The count sheet is not valid JSON: {reason} (line {line}, column {column}).</source>
      <comment>count_sheet.not_json</comment>
      <translation>Санау парағы жарамды JSON емес: {reason} ({line}-жол, {column}-баған).</translation>
    </message>
    <message>
      <source>A count sheet must be a JSON object with the fields race, unused, found_in_box, invalid and votes.</source>
      <comment>count_sheet.not_object</comment>
      <translation>Санау парағы race, unused, found_in_box, invalid және votes өрістері бар JSON объектісі болуы тиіс.</translation>
    </message>
    <message>
      <source>Field «{field}» is {found}, but this count sheet is for race «{expected}».</source>
      <comment>count_sheet.race_mismatch</comment>
      <translation>«{field}» өрісінің мәні {found}, бірақ бұл санау парағы «{expected}» сайлауына арналған.</translation>
    </message>
    <message>
      <source>Field «{field}»: «{candidate}» is not a candidate of race «{race}».</source>
      <comment>count_sheet.unknown_candidate</comment>
      <translation>«{field}» өрісі: «{candidate}» — «{race}» сайлауының үміткері емес.</translation>
    </message>
    <message>
      <source>Field «{field}» is not part of a count sheet and was ignored.</source>
      <comment>count_sheet.unknown_field</comment>
      <translation>«{field}» өрісі санау парағына жатпайды, сондықтан ескерілмеді.</translation>
    </message>
    <message>
      <source>Field «{field}» must be an object: candidate id → number of votes.</source>
      <comment>count_sheet.votes_not_object</comment>
      <translation>«{field}» өрісі объект болуы тиіс: үміткер id → дауыс саны.</translation>
    </message>
    <message>
      <source>{folder} already holds a demo ({files}). Open its station with «polling-station» and choose the file, or build the demo again with --replace (its station and everything done in it are deleted).</source>
      <comment>demo.exists</comment>
      <translation>{folder} қалтасында демо бұрыннан бар ({files}). Оның учаскесін «polling-station» арқылы ашып, файлды таңдаңыз немесе демоны --replace параметрімен қайта жасаңыз (оның учаскесі және онда жасалғанның бәрі жойылады).</translation>
    </message>
    <message>
      <source>The count of race «{race}» is already agreed; the chair must reopen it before it is typed again.</source>
      <comment>double_entry.already_agreed</comment>
      <translation>«{race}» сайлауы бойынша санау нәтижесі келісіліп қойған; қайта терілмес бұрын төраға оны қайта ашуы тиіс.</translation>
    </message>
    <message>
      <source>There is no entry {entry}: a count sheet is typed as entry 1 and entry 2.</source>
      <comment>double_entry.bad_entry_number</comment>
      <translation>{entry}-енгізу жоқ: санау парағы 1-енгізу және 2-енгізу ретінде теріледі.</translation>
    </message>
    <message>
      <source>Only the chair may discard an entry of a count sheet.</source>
      <comment>double_entry.discard_chair_only</comment>
      <translation>Санау парағының енгізуін тек төраға өшіре алады.</translation>
    </message>
    <message>
      <source>The two entries of race «{race}» differ on {count} lines: {fields}. Recount those lines and retype them.</source>
      <comment>double_entry.entries_differ</comment>
      <translation>«{race}» сайлауы бойынша екі енгізу {count} жолда сәйкес келмейді: {fields}. Сол жолдарды қайта санап, қайта теріңіз.</translation>
    </message>
    <message>
      <source>Entry 2 of race «{race}» cannot be typed before entry 1.</source>
      <comment>double_entry.first_missing</comment>
      <translation>«{race}» сайлауы бойынша 2-енгізуді 1-енгізуден бұрын теруге болмайды.</translation>
    </message>
    <message>
      <source>Entry {entry} of race «{race}» was typed by officer {owner}; only they may retype it, or the chair may discard it.</source>
      <comment>double_entry.not_your_entry</comment>
      <translation>«{race}» сайлауы бойынша {entry}-енгізуді {owner} комиссия мүшесі терген; оны тек өзі қайта тере алады немесе төраға өшіре алады.</translation>
    </message>
    <message>
      <source>Entry {entry} of race «{race}» has not been typed.</source>
      <comment>double_entry.nothing_to_discard</comment>
      <translation>«{race}» сайлауы бойынша {entry}-енгізу терілмеген.</translation>
    </message>
    <message>
      <source>The count of race «{race}» has not been typed yet.</source>
      <comment>double_entry.nothing_to_reopen</comment>
      <translation>«{race}» сайлауы бойынша санау нәтижесі әлі терілмеген.</translation>
    </message>
    <message>
      <source>Only the chair may reopen the count of a race.</source>
      <comment>double_entry.reopen_chair_only</comment>
      <translation>Сайлау бойынша санауды тек төраға қайта аша алады.</translation>
    </message>
    <message>
      <source>A {role} may not type entry {entry} of a count sheet (allowed: {allowed}).</source>
      <comment>double_entry.role_not_allowed</comment>
      <translation>«{role}» рөлі санау парағының {entry}-енгізуін тере алмайды (рұқсат етілген рөлдер: {allowed}).</translation>
    </message>
    <message>
      <source>Officer {officer} typed entry 1 of race «{race}»; entry 2 must be typed by a different officer.</source>
      <comment>double_entry.same_officer</comment>
      <translation>«{race}» сайлауы бойынша 1-енгізуді {officer} комиссия мүшесі терді; 2-енгізуді басқа комиссия мүшесі теруі тиіс.</translation>
    </message>
    <message>
      <source>This count sheet is for race «{found}», not «{expected}».</source>
      <comment>double_entry.wrong_race</comment>
      <translation>Бұл санау парағы «{expected}» сайлауына емес, «{found}» сайлауына арналған.</translation>
    </message>
    <message>
      <source>{path}: «{value}» is not a date (YYYY-MM-DD).</source>
      <comment>election.date</comment>
      <translation>{path}: «{value}» күн емес (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
      <source>{path}: «{value}» is not a time with an offset (ISO 8601, e.g. 2020-10-01T08:00:00+06:00).</source>
      <comment>election.datetime</comment>
      <translation>{path}: «{value}» — UTC ығысуы көрсетілген уақыт емес (ISO 8601, мысалы 2020-10-01T08:00:00+06:00).</translation>
    </message>
    <message>
      <source>{path}: the id «{id}» is used twice.</source>
      <comment>election.duplicate_id</comment>
      <translation>{path}: «{id}» id екі рет қолданылған.</translation>
    </message>
    <message>
      <source>{path}: the format must be «{expected}», found «{found}».</source>
      <comment>election.format</comment>
      <translation>{path}: формат «{expected}» болуы тиіс, ал «{found}» табылды.</translation>
    </message>
    <message>
      <source>{path}: the IIN «{value}» is not valid.</source>
      <comment>election.iin</comment>
      <translation>{path}: «{value}» — жарамсыз ЖСН.</translation>
    </message>
    <message>
      <source>{path}: max_choices ({value}) exceeds the number of candidates ({candidates}).</source>
      <comment>election.max_choices</comment>
      <translation>{path}: max_choices ({value}) үміткерлер санынан ({candidates}) асып кетеді.</translation>
    </message>
    <message>
      <source>{path}: this field is required.</source>
      <comment>election.missing</comment>
      <translation>{path}: бұл өріс міндетті.</translation>
    </message>
    <message>
      <source>{path}: expected a JSON object.</source>
      <comment>election.not_object</comment>
      <translation>{path}: JSON объектісі күтілген.</translation>
    </message>
    <message>
      <source>{path}: must be one of {allowed}, found «{value}».</source>
      <comment>election.policy</comment>
      <translation>{path}: мына мәндердің бірі болуы тиіс: {allowed}; ал «{value}» табылды.</translation>
    </message>
    <message>
      <source>{path}: {value} is out of range ({low}..{high}).</source>
      <comment>election.range</comment>
      <translation>{path}: {value} рұқсат етілген ауқымнан тыс ({low}..{high}).</translation>
    </message>
    <message>
      <source>{path}: sex must be «M» or «F», found «{value}».</source>
      <comment>election.sex</comment>
      <translation>{path}: жынысы «M» немесе «F» болуы тиіс, ал «{value}» табылды.</translation>
    </message>
    <message>
      <source>{path}: expected {expected}.</source>
      <comment>election.type</comment>
      <translation>{path}: {expected} күтілген.</translation>
    </message>
    <message>
      <source>{path}: «{id}» is not a known {kind}.</source>
      <comment>election.unknown_ref</comment>
      <translation>{path}: «{id}» белгісіз (түрі: {kind}).</translation>
    </message>
    <message>
      <source>{path}: the voting day {voting_day} is before the roll cutoff {cutoff}; the cutoff must be on or before the voting day.</source>
      <comment>election.voting_before_cutoff</comment>
      <translation>{path}: дауыс беру күні ({voting_day}) тізімнің шекті күнінен ({cutoff}) бұрын; шекті күн дауыс беру күнінен кешікпеуі тиіс.</translation>
    </message>
    <message>
      <source>{path}: the online voting window must end after it starts.</source>
      <comment>election.window</comment>
      <translation>{path}: онлайн дауыс беру мерзімі басталғаннан кейін аяқталуы тиіс.</translation>
    </message>
    <message>
      <source>{file}, line {line}, column {column}: not valid JSON ({reason}).</source>
      <comment>election_file.json</comment>
      <translation>{file}, {line}-жол, {column}-баған: жарамды JSON емес ({reason}).</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <comment>election_file.unreadable</comment>
      <translation>{file} оқылмайды: {reason}.</translation>
    </message>
    <message>
      <source>{name} already received a ballot here at {at} from {officer_name} (login {officer}) at desk {desk}.</source>
      <comment>eligibility.already_checked_in</comment>
      <translation>{name} осы учаскеде {at} уақытта №{desk} үстелде {officer_name} комиссия мүшесінен (логин {officer}) бюллетень алып қойған.</translation>
    </message>
    <message>
      <source>A check-in entered from the paper list needs the time written on the list.</source>
      <comment>eligibility.backfill_no_time</comment>
      <translation>Қағаз тізімнен енгізілетін тіркеуге тізімде жазылған уақыт қажет.</translation>
    </message>
    <message>
      <source>The time {at} is outside the hours the station was open ({opened} to {until}).</source>
      <comment>eligibility.backfill_outside_hours</comment>
      <translation>{at} уақыты учаскенің ашық болған уақытынан ({opened} – {until}) тыс.</translation>
    </message>
    <message>
      <source>{name} joined the party on {joined_on}, after the roll cutoff of {cutoff}.</source>
      <comment>eligibility.joined_after_cutoff</comment>
      <translation>{name} партияға {joined_on} күні кірген, бұл тізімнің шекті күнінен ({cutoff}) кейін.</translation>
    </message>
    <message>
      <source>No ballot is left for «{name}» (race {race}): {received} received, {issued} issued, {spoiled} spoiled; the chair or the secretary must first record the further ballots received.</source>
      <comment>eligibility.no_ballot_left</comment>
      <translation>«{name}» сайлауы ({race}) бойынша бюллетень қалмады: алынды {received}, берілді {issued}, бүлінді {spoiled}; алдымен төраға немесе хатшы қосымша алынған бюллетеньдерді есепке алуы тиіс.</translation>
    </message>
    <message>
      <source>The IIN {iin} is not in this station's roll; check with the party's branch office.</source>
      <comment>eligibility.not_on_roll</comment>
      <translation>ЖСН {iin} осы учаскенің тізімінде жоқ; партия филиалымен нақтылаңыз.</translation>
    </message>
    <message>
      <source>The {role} may not issue ballots (Elections law, Art. 41): a clerk must do it.</source>
      <comment>eligibility.officer_may_not_issue</comment>
      <translation>Бұл рөлдегі адам ({role}) бюллетень бере алмайды (Сайлау туралы заң, 41-бап): бюллетеньді басқа комиссия мүшесі беруі тиіс.</translation>
    </message>
    <message>
      <source>{name} is on the roll of precinct {precinct} ({precinct_name}, {address}), not of this one.</source>
      <comment>eligibility.other_precinct</comment>
      <translation>{name} осы учаскенің емес, №{precinct} учаскенің тізімінде тұр ({precinct_name}, {address}).</translation>
    </message>
    <message>
      <source>Ballots are issued only while the station is open (it is {state}).</source>
      <comment>eligibility.station_not_open</comment>
      <translation>Бюллетеньдер тек учаске ашық кезде беріледі (қазіргі күйі: {state}).</translation>
    </message>
    <message>
      <source>{name}'s party membership is suspended.</source>
      <comment>eligibility.suspended</comment>
      <translation>{name}: партия мүшелігі тоқтатыла тұрған.</translation>
    </message>
    <message>
      <source>{name} already voted online at {at}; this election refuses a paper ballot.</source>
      <comment>eligibility.voted_online_refused</comment>
      <translation>{name} онлайн дауыс беріп қойған (уақыты {at}); бұл сайлаудың ережесі бойынша қағаз бюллетень берілмейді.</translation>
    </message>
    <message>
      <source>{name} already voted online at {at}. The paper ballot prevails: the online vote will be annulled at the branch office.</source>
      <comment>eligibility.voted_online_warning</comment>
      <translation>{name} онлайн дауыс беріп қойған (уақыты {at}). Қағаз бюллетень басым: онлайн дауыс партия филиалында жарамсыз деп танылады.</translation>
    </message>
    <message>
      <source>The package could not be written to {folder}: {reason}.</source>
      <comment>export.failed</comment>
      <translation>Пакетті {folder} қалтасына жазу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
      <source>There is no room left in {folder}. Free some space or choose another USB stick.</source>
      <comment>export.full</comment>
      <translation>{folder} қалтасында бос орын қалмады. Орын босатыңыз немесе басқа USB жинақтауышты таңдаңыз.</translation>
    </message>
    <message>
      <source>{path} is a folder; give the package a file name (for example protocol-101.zip).</source>
      <comment>export.is_directory</comment>
      <translation>{path} — қалта; пакетке файл атауын беріңіз (мысалы, protocol-101.zip).</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to (read-only or no permission). Choose another folder or unlock the USB stick.</source>
      <comment>export.read_only</comment>
      <translation>{folder} қалтасына жазу мүмкін емес (тек оқуға арналған немесе рұқсат жоқ). Басқа қалтаны таңдаңыз немесе USB жинақтауыштың жазудан қорғалуын алып тастаңыз.</translation>
    </message>
    <message>
      <source>The folder {folder} is no longer there (was the USB stick removed?). Insert it again and export again.</source>
      <comment>export.vanished</comment>
      <translation>{folder} қалтасы енді жоқ (USB жинақтауыш суырылып алынды ма?). Оны қайта салып, қайта экспорттаңыз.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» encodes the birth date {encoded}, the roll says {given}.</source>
      <comment>iin.birth_date_differs</comment>
      <translation>«{iin}» ЖСН-інде туған күні {encoded} деп көрсетілген, ал тізімде — {given}.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» cannot exist: its 7th digit (century and sex) is {digit}; only 1 to 6 are issued.</source>
      <comment>iin.century_digit</comment>
      <translation>«{iin}» ЖСН-і болуы мүмкін емес: оның 7-цифры (ғасыр мен жыныс) — {digit}; тек 1-ден 6-ға дейінгі цифрлар беріледі.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» has a wrong check digit ({found}; expected {expected}).</source>
      <comment>iin.check_digit</comment>
      <translation>«{iin}» ЖСН-інің бақылау цифры қате ({found}; болуы тиіс: {expected}).</translation>
    </message>
    <message>
      <source>The IIN is missing.</source>
      <comment>iin.empty</comment>
      <translation>ЖСН көрсетілмеген.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» has {length} digits; it must have 12.</source>
      <comment>iin.length</comment>
      <translation>«{iin}» ЖСН-інде {length} цифр бар; 12 цифр болуы тиіс.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» cannot exist: its check digit computes to 10 twice.</source>
      <comment>iin.never_issued</comment>
      <translation>«{iin}» ЖСН-і болуы мүмкін емес: оның бақылау цифры екі рет те 10-ға тең шығады.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» must be 12 digits.</source>
      <comment>iin.not_digits</comment>
      <translation>«{iin}» ЖСН-і 12 цифрдан тұруы тиіс.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» encodes sex {encoded}, the roll says {given}.</source>
      <comment>iin.sex_differs</comment>
      <translation>«{iin}» ЖСН-інде жынысы {encoded} деп көрсетілген, ал тізімде — {given}.</translation>
    </message>
    <message>
      <source>The kind of incident must be one of: {allowed}.</source>
      <comment>incident.kind</comment>
      <translation>Оқиға түрі мыналардың бірі болуы тиіс: {allowed}.</translation>
    </message>
    <message>
      <source>Describe the incident.</source>
      <comment>incident.text</comment>
      <translation>Оқиғаны сипаттаңыз.</translation>
    </message>
    <message>
      <source>Journal entry {seq} records «{action}», which this version cannot check: update Polling Station.</source>
      <comment>integrity.unknown_action</comment>
      <translation>Журналдың №{seq} жазбасында «{action}» әрекеті тіркелген, оны бағдарламаның бұл нұсқасы тексере алмайды: «Сайлау учаскесі» бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
      <source>Journal entry {missing} is missing (the entries jump from {previous} to {seq}).</source>
      <comment>journal.gap</comment>
      <translation>Журналдың №{missing} жазбасы жоқ (№{previous} жазбадан кейін бірден №{seq} жазба келеді).</translation>
    </message>
    <message>
      <source>Journal entries {first} to {last} are missing (the entries jump from {previous} to {seq}).</source>
      <comment>journal.gap_range</comment>
      <translation>Журналдың №{first}–№{last} жазбалары жоқ (№{previous} жазбадан кейін бірден №{seq} жазба келеді).</translation>
    </message>
    <message>
      <source>Journal entry {seq} ({action}) was altered after it was written.</source>
      <comment>journal.hash</comment>
      <translation>Журналдың №{seq} жазбасы ({action}) жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
      <source>The journal ends at entry {last} but the station recorded entry {head} as the last: entries were removed.</source>
      <comment>journal.head</comment>
      <translation>Журнал №{last} жазбамен аяқталады, бірақ учаскеде соңғы жазба ретінде №{head} тіркелген: жазбалар жойылған.</translation>
    </message>
    <message>
      <source>The last journal entry ({seq}) differs from the one the station recorded.</source>
      <comment>journal.head_hash</comment>
      <translation>Журналдың соңғы жазбасы (№{seq}) учаскеде тіркелген жазбадан өзгеше.</translation>
    </message>
    <message>
      <source>Journal entry {seq} does not follow entry {previous}: the chain is broken there.</source>
      <comment>journal.link</comment>
      <translation>Журналдың №{seq} жазбасы №{previous} жазбаның жалғасы емес: тізбек осы жерде үзілген.</translation>
    </message>
    <message>
      <source>Journal entry {seq} comes after entry {previous}: entries are repeated or out of order.</source>
      <comment>journal.order</comment>
      <translation>Журналдың №{seq} жазбасы №{previous} жазбадан кейін келеді: жазбалар қайталанған немесе реті бұзылған.</translation>
    </message>
    <message>
      <source>The IIN «{iin}» is not valid; a key cannot be issued for it.</source>
      <comment>key.bad_iin</comment>
      <translation>«{iin}» ЖСН-і жарамсыз; оған кілт шығаруға болмайды.</translation>
    </message>
    <message>
      <source>A key file needs a password.</source>
      <comment>key.empty_password</comment>
      <translation>Кілт файлына құпиясөз қажет.</translation>
    </message>
    <message>
      <source>The file {path} already exists; it is not overwritten.</source>
      <comment>key.exists</comment>
      <translation>{path} файлы бұрыннан бар; ол қайта жазылмайды.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») expired on {not_after}.</source>
      <comment>key.expired</comment>
      <translation>{path} ішіндегі кілттің («{subject}») мерзімі {not_after} күні аяқталған.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is not a certification authority's key.</source>
      <comment>key.not_a_ca</comment>
      <translation>{path} ішіндегі кілт («{subject}») куәландырушы орталықтың кілті емес.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is not a signing key: its certificate is not issued for digital signature and non-repudiation (an AUTH_ key is for logging in only).</source>
      <comment>key.not_for_signing</comment>
      <translation>{path} ішіндегі кілт («{subject}») қол қоюға арналған кілт емес: оның сертификаты электрондық цифрлық қолтаңба мен авторлықтан бас тартпауға арналмаған (AUTH_ кілті тек жүйеге кіруге арналған).</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is valid only from {not_before}.</source>
      <comment>key.not_yet_valid</comment>
      <translation>{path} ішіндегі кілт («{subject}») әлі жарамсыз: жарамдылық мерзімінің басы — {not_before}.</translation>
    </message>
    <message>
      <source>The file {path} is not a readable PKCS#12 key file.</source>
      <comment>key.unreadable</comment>
      <translation>{path} файлы оқылатын PKCS#12 кілт файлы емес.</translation>
    </message>
    <message>
      <source>The key file {path} uses GOST algorithms, which need the national CA's software; use an RSA key (RSA256_….p12).</source>
      <comment>key.unsupported_algorithm</comment>
      <translation>{path} кілт файлы ГОСТ алгоритмдерін пайдаланады, олар үшін Ұлттық куәландырушы орталықтың бағдарламасы қажет; RSA кілтін (RSA256_….p12) пайдаланыңыз.</translation>
    </message>
    <message>
      <source>The password does not open the key file {path}.</source>
      <comment>key.wrong_password</comment>
      <translation>Құпиясөз {path} кілт файлын ашпайды.</translation>
    </message>
    <message>
      <source>The manifest's signature must be detached and carry one signer.</source>
      <comment>manifest.signature_not_detached</comment>
      <translation>Манифест қолтаңбасы бөлек (detached) болуы және бір ғана қол қоюшыны қамтуы тиіс.</translation>
    </message>
    <message>
      <source>The manifest's signature file is not a readable CMS signature.</source>
      <comment>manifest.signature_unreadable</comment>
      <translation>Манифест қолтаңбасының файлы оқылатын CMS қолтаңбасы емес.</translation>
    </message>
    <message>
      <source>Writing to {folder} failed ({reason}): nothing was written.</source>
      <comment>media.failed</comment>
      <translation>{folder} қалтасына жазу сәтсіз аяқталды ({reason}): ештеңе жазылмады.</translation>
    </message>
    <message>
      <source>{folder} is full: nothing was written there.</source>
      <comment>media.full</comment>
      <translation>{folder} толып қалған: оған ештеңе жазылмады.</translation>
    </message>
    <message>
      <source>{folder} is not there (was the USB stick removed?): nothing was written.</source>
      <comment>media.missing</comment>
      <translation>{folder} табылмады (USB жинақтауыш суырылып алынды ма?): ештеңе жазылмады.</translation>
    </message>
    <message>
      <source>{folder} is read-only: nothing was written there.</source>
      <comment>media.read_only</comment>
      <translation>{folder} тек оқуға арналған: оған ештеңе жазылмады.</translation>
    </message>
    <message>
      <source>The birth date {birth_date} is after the joining date {joined_on}.</source>
      <comment>member.born_after_joining</comment>
      <translation>Туған күні ({birth_date}) партияға кірген күннен ({joined_on}) кейін көрсетілген.</translation>
    </message>
    <message>
      <source>The IIN {iin} is also on line(s) {other_lines} with different data; all these lines are rejected.</source>
      <comment>member.duplicate_conflict</comment>
      <translation>ЖСН {iin} басқа деректермен мына жол(дар)да да бар: {other_lines}; бұл жолдардың бәрі қабылданбады.</translation>
    </message>
    <message>
      <source>The IIN {iin} is also on rejected line(s) {other_lines}; check which record is right.</source>
      <comment>member.duplicate_of_rejected</comment>
      <translation>ЖСН {iin} қабылданбаған мына жол(дар)да да бар: {other_lines}; қай жазба дұрыс екенін тексеріңіз.</translation>
    </message>
    <message>
      <source>The {field} «{value}» contains characters that do not belong in a name.</source>
      <comment>member.name_chars</comment>
      <translation>{field} өрісіндегі «{value}» мәнінде атқа жатпайтын таңбалар бар.</translation>
    </message>
    <message>
      <source>The sex «{value}» is not recognised: write M or F (М/Ж, Е/Ә).</source>
      <comment>member.sex_unknown</comment>
      <translation>«{value}» жынысы танылмады: M немесе F деп жазыңыз (М/Ж, Е/Ә).</translation>
    </message>
    <message>
      <source>The status «{value}» is not recognised: write active or suspended.</source>
      <comment>member.status_unknown</comment>
      <translation>«{value}» мәртебесі танылмады: active немесе suspended деп жазыңыз.</translation>
    </message>
    <message>
      <source>Line {line}: the precinct «{precinct}» is not in the election definition, so no polling station will find this member on its own roll; check the roll file.</source>
      <comment>member.unknown_precinct</comment>
      <translation>{line}-жол: «{precinct}» учаскесі сайлау сипаттамасында жоқ, сондықтан бұл мүше ешбір сайлау учаскесінің тізімінде болмайды; тізім файлын тексеріңіз.</translation>
    </message>
    <message>
      <source>The online ballot of {iin} in race {race} ({online_at}) is annulled: the member checked in on paper at precinct {precinct} at {paper_at}, and the paper ballot prevails.</source>
      <comment>merge.online_annulled</comment>
      <translation>{iin} мүшесінің {race} сайлауы бойынша онлайн бюллетені ({online_at}) жарамсыз деп танылды: мүше №{precinct} учаскеде қағаз бюллетень алу үшін тіркелген (уақыты {paper_at}), ал қағаз бюллетень басым.</translation>
    </message>
    <message>
      <source>Member {iin} has {count} paper check-ins (precincts {precincts}); the earliest, at {first_at}, is taken as the paper vote.</source>
      <comment>merge.paper_checked_in_twice</comment>
      <translation>{iin} мүшесінің {count} қағаз тіркеуі бар (учаскелер: {precincts}); қағаз дауысы ретінде ең ертерегі ({first_at}) алынады.</translation>
    </message>
    <message>
      <source>Member {iin} voted online in race {race} ({online_at}) and on paper at precinct {precinct} ({paper_at}). The online ballot is set aside and the case goes to the commission.</source>
      <comment>merge.referred_to_commission</comment>
      <translation>{iin} мүшесі {race} сайлауы бойынша онлайн ({online_at}) және №{precinct} учаскеде қағаз бюллетеньмен ({paper_at}) дауыс берген. Онлайн бюллетень шеттетіліп, іс комиссияның қарауына жіберіледі.</translation>
    </message>
    <message>
      <source>Observer {observer} already left at {at}.</source>
      <comment>observer.left</comment>
      <translation>№{observer} байқаушы учаскеден кетіп қойған (уақыты {at}).</translation>
    </message>
    <message>
      <source>The observer's name and whom they represent are required.</source>
      <comment>observer.name</comment>
      <translation>Байқаушының аты-жөні және кімнің атынан келгені көрсетілуі тиіс.</translation>
    </message>
    <message>
      <source>There is no observer number {observer}.</source>
      <comment>observer.unknown</comment>
      <translation>№{observer} байқаушы жоқ.</translation>
    </message>
    <message>
      <source>The IIN {iin} has another, different ballot for race {race} on line(s) {other_lines}; all these lines are rejected.</source>
      <comment>online.ballot_conflict</comment>
      <translation>ЖСН {iin} бойынша {race} сайлауының басқа, өзгеше бюллетені мына жол(дар)да бар: {other_lines}; бұл жолдардың бәрі қабылданбады.</translation>
    </message>
    <message>
      <source>The candidate «{value}» is chosen more than once on the ballot.</source>
      <comment>online.choice_repeated</comment>
      <translation>Бюллетеньде «{value}» үміткері бірнеше рет таңдалған.</translation>
    </message>
    <message>
      <source>The IIN {iin} voted online more than once (line(s) {other_lines}); the earliest time, {kept}, is kept.</source>
      <comment>online.duplicate_times</comment>
      <translation>ЖСН {iin} бойынша онлайн бірнеше рет дауыс берілген (жол(дар): {other_lines}); ең ерте уақыт ({kept}) қалдырылды.</translation>
    </message>
    <message>
      <source>The ballot for race {race} marks no candidate.</source>
      <comment>online.no_choices</comment>
      <translation>{race} сайлауының бюллетенінде бірде-бір үміткер белгіленбеген.</translation>
    </message>
    <message>
      <source>chair.pem is not the certificate that signed the package.</source>
      <comment>package.chair_pem_mismatch</comment>
      <translation>chair.pem — пакетке қол қойған сертификат емес.</translation>
    </message>
    <message>
      <source>checkins.csv lists {listed} check-ins; the protocol's line 3 says {issued}.</source>
      <comment>package.checkins_count</comment>
      <translation>checkins.csv файлында {listed} тіркеу бар; хаттаманың 3-жолында {issued} деп көрсетілген.</translation>
    </message>
    <message>
      <source>checkins.csv does not list the journal's check-ins: {missing} missing, {unexpected} not in the journal.</source>
      <comment>package.checkins_mismatch</comment>
      <translation>checkins.csv файлындағы тіркеулер журналдағы тіркеулерге сәйкес келмейді: {missing} тіркеу жоқ, {unexpected} тіркеу журналда жоқ.</translation>
    </message>
    <message>
      <source>checkins.csv, line {line}: {reason}.</source>
      <comment>package.checkins_unreadable</comment>
      <translation>checkins.csv, {line}-жол: {reason}.</translation>
    </message>
    <message>
      <source>The {checklist} checklist of {at} (number {id}): protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.checklist_run_mismatch</comment>
      <translation>{at} уақыттағы {checklist} тексеру парағы (№{id}): protocol.json файлындағы {field} мәні журналда тіркелгенге сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The journal records the {checklist} checklist of {at} (number {id}), which protocol.json does not list.</source>
      <comment>package.checklist_run_missing</comment>
      <translation>Журналда {at} уақыттағы {checklist} тексеру парағы (№{id}) тіркелген, бірақ ол protocol.json файлында көрсетілмеген.</translation>
    </message>
    <message>
      <source>protocol.json lists the {checklist} checklist of {at} (number {id}), which the journal does not record.</source>
      <comment>package.checklist_run_unrecorded</comment>
      <translation>protocol.json файлында {at} уақыттағы {checklist} тексеру парағы (№{id}) көрсетілген, бірақ ол журналда тіркелмеген.</translation>
    </message>
    <message>
      <source>protocol.json says the station closed at «{protocol}», the journal «{journal}».</source>
      <comment>package.closed_mismatch</comment>
      <translation>protocol.json бойынша учаске «{protocol}» уақытта жабылған, ал журнал бойынша — «{journal}».</translation>
    </message>
    <message>
      <source>The package holds {file} more than once.</source>
      <comment>package.duplicate_file</comment>
      <translation>Пакетте {file} бірнеше рет кездеседі.</translation>
    </message>
    <message>
      <source>The exception to the {checklist} checklist of {at}: protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.exception_mismatch</comment>
      <translation>{at} уақыттағы {checklist} тексеру парағынан ерекшелік: protocol.json файлындағы {field} мәні журналда тіркелгенге сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The journal records the chair's exception to the {checklist} checklist of {at}, which protocol.json does not list.</source>
      <comment>package.exception_missing</comment>
      <translation>Журналда төрағаның {at} уақыттағы {checklist} тексеру парағынан ерекшелігі тіркелген, бірақ ол protocol.json файлында көрсетілмеген.</translation>
    </message>
    <message>
      <source>protocol.json lists an exception to the {checklist} checklist of {at}, which the journal does not record.</source>
      <comment>package.exception_unrecorded</comment>
      <translation>protocol.json файлында {at} уақыттағы {checklist} тексеру парағынан ерекшелік көрсетілген, бірақ ол журналда тіркелмеген.</translation>
    </message>
    <message>
      <source>Race «{race}», relation {relation}: the protocol's explanation is not the one the journal recorded.</source>
      <comment>package.explanation_mismatch</comment>
      <translation>«{race}» сайлауы, {relation} арақатынасы: хаттамадағы түсініктеме журналда тіркелгенмен сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The package holds {file}, which its manifest does not list.</source>
      <comment>package.extra_file</comment>
      <translation>Пакетте манифестте көрсетілмеген {file} файлы бар.</translation>
    </message>
    <message>
      <source>{file} was altered: its SHA-256 is {found}…, the signed manifest says {expected}….</source>
      <comment>package.file_altered</comment>
      <translation>{file} өзгертілген: оның SHA-256 мәні {found}…, ал қол қойылған манифестте {expected}….</translation>
    </message>
    <message>
      <source>Incident {id} ({at}): protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.incident_mismatch</comment>
      <translation>№{id} оқиға ({at}): protocol.json файлындағы {field} мәні журналда тіркелгенге сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The journal records incident {id} ({at}), which protocol.json does not list.</source>
      <comment>package.incident_missing</comment>
      <translation>Журналда №{id} оқиға ({at}) тіркелген, бірақ ол protocol.json файлында көрсетілмеген.</translation>
    </message>
    <message>
      <source>protocol.json lists incident {id} ({at}), which the journal does not record.</source>
      <comment>package.incident_unrecorded</comment>
      <translation>protocol.json файлында №{id} оқиға ({at}) көрсетілген, бірақ ол журналда тіркелмеген.</translation>
    </message>
    <message>
      <source>The journal records entries between the protocol (built from entry {seq}) and its finalization (entry {finalized}): the protocol does not account for them.</source>
      <comment>package.journal_after_protocol</comment>
      <translation>Журналда хаттама (№{seq} жазба бойынша жасалған) мен оның аяқталуы (№{finalized} жазба) арасында жазбалар бар: хаттама оларды ескермейді.</translation>
    </message>
    <message>
      <source>The protocol was built from journal entry {seq}, which the package's journal does not hold as recorded.</source>
      <comment>package.journal_head</comment>
      <translation>Хаттама журналдың №{seq} жазбасы бойынша жасалған, бірақ пакеттегі журналда бұл жазба тіркелген түрінде жоқ.</translation>
    </message>
    <message>
      <source>The journal does not end with the finalization of protocol version {version} (SHA-256 {sha256}…).</source>
      <comment>package.journal_not_finalized</comment>
      <translation>Журнал хаттаманың {version}-нұсқасының аяқталуымен (SHA-256 {sha256}…) бітпейді.</translation>
    </message>
    <message>
      <source>protocol.pdf is not the signed PDF the journal recorded at finalization.</source>
      <comment>package.journal_pdf</comment>
      <translation>protocol.pdf — журнал аяқтау кезінде тіркеген қол қойылған PDF емес.</translation>
    </message>
    <message>
      <source>The journal recorded «{journal}» as the signer of version {version}, but «{actual}» signed the PDF.</source>
      <comment>package.journal_signer</comment>
      <translation>Журналда {version}-нұсқаға қол қоюшы ретінде «{journal}» тіркелген, бірақ PDF құжатына «{actual}» қол қойған.</translation>
    </message>
    <message>
      <source>journal.jsonl, line {line}: {reason}.</source>
      <comment>package.journal_unreadable</comment>
      <translation>journal.jsonl, {line}-жол: {reason}.</translation>
    </message>
    <message>
      <source>Race «{race}», line {line}: the protocol says {protocol}, the journal {journal}.</source>
      <comment>package.line_mismatch</comment>
      <translation>«{race}» сайлауы, {line}-жол: хаттамада {protocol}, журналда {journal}.</translation>
    </message>
    <message>
      <source>The manifest says {field} is «{manifest}», protocol.json says «{protocol}».</source>
      <comment>package.manifest_mismatch</comment>
      <translation>Манифестте {field} мәні «{manifest}», ал protocol.json файлында «{protocol}».</translation>
    </message>
    <message>
      <source>The manifest names «{claimed}» as its signer, but «{actual}» signed it.</source>
      <comment>package.manifest_signer</comment>
      <translation>Манифестте қол қоюшы ретінде «{claimed}» көрсетілген, бірақ оған «{actual}» қол қойған.</translation>
    </message>
    <message>
      <source>manifest.json cannot be read: {reason}.</source>
      <comment>package.manifest_unreadable</comment>
      <translation>manifest.json оқылмайды: {reason}.</translation>
    </message>
    <message>
      <source>The package has no {file}.</source>
      <comment>package.missing_file</comment>
      <translation>Пакетте {file} жоқ.</translation>
    </message>
    <message>
      <source>The package's ZIP structure was altered (its bytes differ from the only layout the station writes), though no listed file's content changed.</source>
      <comment>package.not_canonical</comment>
      <translation>Пакеттің ZIP құрылымы өзгертілген (оның байттары учаске жазатын бірден-бір құрылымнан өзгеше), бірақ тізімдегі файлдардың мазмұны өзгермеген.</translation>
    </message>
    <message>
      <source>Observer {id} («{name}»): protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.observer_mismatch</comment>
      <translation>№{id} байқаушы («{name}»): protocol.json файлындағы {field} мәні журналда тіркелгенге сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The journal records observer {id} («{name}»), whom protocol.json does not list.</source>
      <comment>package.observer_missing</comment>
      <translation>Журналда №{id} байқаушы («{name}») тіркелген, бірақ ол protocol.json файлында көрсетілмеген.</translation>
    </message>
    <message>
      <source>protocol.json lists observer {id} («{name}»), whom the journal does not record.</source>
      <comment>package.observer_unrecorded</comment>
      <translation>protocol.json файлында №{id} байқаушы («{name}») көрсетілген, бірақ ол журналда тіркелмеген.</translation>
    </message>
    <message>
      <source>protocol.json says the station opened at «{protocol}», the journal «{journal}».</source>
      <comment>package.opened_mismatch</comment>
      <translation>protocol.json бойынша учаске «{protocol}» уақытта ашылған, ал журнал бойынша — «{journal}».</translation>
    </message>
    <message>
      <source>protocol.pdf does not carry {file} as written at signing.</source>
      <comment>package.pdf_attachment</comment>
      <translation>protocol.pdf ішінде {file} қол қою кезінде жазылған түрінде жоқ.</translation>
    </message>
    <message>
      <source>protocol.json is not the protocol the manifest was signed for.</source>
      <comment>package.protocol_hash</comment>
      <translation>protocol.json — манифестке қол қойылған кездегі хаттама емес.</translation>
    </message>
    <message>
      <source>protocol.json names «{claimed}» (IIN {claimed_iin}) as its signer, but «{actual}» (IIN {actual_iin}) signed the PDF.</source>
      <comment>package.protocol_signer</comment>
      <translation>protocol.json файлында қол қоюшы ретінде «{claimed}» (ЖСН {claimed_iin}) көрсетілген, бірақ PDF құжатына «{actual}» (ЖСН {actual_iin}) қол қойған.</translation>
    </message>
    <message>
      <source>protocol.json cannot be read: {reason}.</source>
      <comment>package.protocol_unreadable</comment>
      <translation>protocol.json оқылмайды: {reason}.</translation>
    </message>
    <message>
      <source>The QR codes of protocol.pdf do not carry the lines of protocol.json.</source>
      <comment>package.qr_mismatch</comment>
      <translation>protocol.pdf ішіндегі QR-кодтар protocol.json жолдарына сәйкес келмейді.</translation>
    </message>
    <message>
      <source>Scanning the QR codes printed in protocol.pdf failed: {reason}.</source>
      <comment>package.qr_scan</comment>
      <translation>protocol.pdf ішінде басылған QR-кодтарды сканерлеу сәтсіз аяқталды: {reason}.</translation>
    </message>
    <message>
      <source>Race «{race}»: the journal holds no agreed count.</source>
      <comment>package.race_not_counted</comment>
      <translation>«{race}» сайлауы: журналда келісілген санау нәтижесі жоқ.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} fails on the protocol's own lines; no protocol is signed while an error relation fails.</source>
      <comment>package.relation_error</comment>
      <translation>«{race}» сайлауы: хаттаманың өз жолдары бойынша {relation} бақылау арақатынасы орындалмайды; қате деңгейіндегі арақатынас орындалмай тұрғанда хаттамаға қол қойылмайды.</translation>
    </message>
    <message>
      <source>Remark {id} of observer {observer}: protocol.json's {field} is not what the journal recorded.</source>
      <comment>package.remark_mismatch</comment>
      <translation>№{observer} байқаушының №{id} ескертпесі: protocol.json файлындағы {field} мәні журналда тіркелгенге сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The journal records remark {id} of observer {observer}, which protocol.json does not list.</source>
      <comment>package.remark_missing</comment>
      <translation>Журналда №{observer} байқаушының №{id} ескертпесі тіркелген, бірақ ол protocol.json файлында көрсетілмеген.</translation>
    </message>
    <message>
      <source>protocol.json lists remark {id} of observer {observer}, which the journal does not record.</source>
      <comment>package.remark_unrecorded</comment>
      <translation>protocol.json файлында №{observer} байқаушының №{id} ескертпесі көрсетілген, бірақ ол журналда тіркелмеген.</translation>
    </message>
    <message>
      <source>The signature of {document} does not hold: {reason}.</source>
      <comment>package.signature</comment>
      <translation>{document} қолтаңбасы жарамсыз: {reason}.</translation>
    </message>
    <message>
      <source>The change of signer protocol.json states is not the one the journal recorded at finalization.</source>
      <comment>package.signer_change_mismatch</comment>
      <translation>protocol.json файлында көрсетілген қол қоюшының ауысуы хаттама аяқталған кезде журналда тіркелгенге сәйкес келмейді.</translation>
    </message>
    <message>
      <source>Version {version} is signed by «{signer}» (IIN {iin}) and version {previous_version} by «{previous}» (IIN {previous_iin}), but the journal records no change of signer with the chair's reason.</source>
      <comment>package.signer_change_unrecorded</comment>
      <translation>{version}-нұсқаға «{signer}» (ЖСН {iin}), ал {previous_version}-нұсқаға «{previous}» (ЖСН {previous_iin}) қол қойған, бірақ журналда төрағаның себебі көрсетілген қол қоюшының ауысуы тіркелмеген.</translation>
    </message>
    <message>
      <source>protocol.pdf is signed by «{pdf}» but the manifest by «{manifest}»: the same chair must sign both.</source>
      <comment>package.signer_mismatch</comment>
      <translation>protocol.pdf құжатына «{pdf}», ал манифестке «{manifest}» қол қойған: екеуіне де бір төраға қол қоюы тиіс.</translation>
    </message>
    <message>
      <source>{file} is not a readable package: {reason}.</source>
      <comment>package.unreadable</comment>
      <translation>{file} — оқылатын пакет емес: {reason}.</translation>
    </message>
    <message>
      <source>Race «{race}», candidate {candidate}: the protocol says {protocol} votes, the journal's agreed count {journal}.</source>
      <comment>package.votes_mismatch</comment>
      <translation>«{race}» сайлауы, {candidate} үміткері: хаттамада {protocol} дауыс, ал журналдағы келісілген санау нәтижесінде {journal}.</translation>
    </message>
    <message>
      <source>Race «{race}»: protocol.json lists control relation {relation} as a warning, but it holds on the protocol's own lines.</source>
      <comment>package.warning_extra</comment>
      <translation>«{race}» сайлауы: protocol.json файлында {relation} бақылау арақатынасы ескерту ретінде көрсетілген, бірақ ол хаттаманың өз жолдары бойынша орындалады.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} fails on the protocol's own lines, but protocol.json does not list it among the warnings.</source>
      <comment>package.warning_missing</comment>
      <translation>«{race}» сайлауы: хаттаманың өз жолдары бойынша {relation} бақылау арақатынасы орындалмайды, бірақ protocol.json файлында ол ескертулер қатарында көрсетілмеген.</translation>
    </message>
    <message>
      <source>Race «{race}»: the figures protocol.json gives for control relation {relation} are not those of the protocol's own lines.</source>
      <comment>package.warning_params</comment>
      <translation>«{race}» сайлауы: protocol.json файлында {relation} бақылау арақатынасы үшін келтірілген сандар хаттаманың өз жолдарындағы сандарға сәйкес келмейді.</translation>
    </message>
    <message>
      <source>The PDF already has a signature in the field «{field}».</source>
      <comment>pdf.already_signed</comment>
      <translation>PDF құжатының «{field}» өрісінде қолтаңба бұрыннан бар.</translation>
    </message>
    <message>
      <source>The PDF was extended or changed after it was signed.</source>
      <comment>pdf.changed_after_signing</comment>
      <translation>PDF құжатына қол қойылғаннан кейін ол толықтырылған немесе өзгертілген.</translation>
    </message>
    <message>
      <source>The PDF carries no signature.</source>
      <comment>pdf.no_signature</comment>
      <translation>PDF құжатында қолтаңба жоқ.</translation>
    </message>
    <message>
      <source>The file is not a readable PDF.</source>
      <comment>pdf.unreadable</comment>
      <translation>Файл оқылатын PDF құжаты емес.</translation>
    </message>
    <message>
      <source>The station's record changed while the protocol was being signed (journal entry {seq}); finalize again so that the protocol includes it.</source>
      <comment>protocol.changed_while_signing</comment>
      <translation>Хаттамаға қол қойылып жатқанда учаскенің деректері өзгерді (журналдың №{seq} жазбасы); хаттама оны қамтуы үшін аяқтауды қайталаңыз.</translation>
    </message>
    <message>
      <source>A corrected protocol (version {version}) needs the reason for the correction.</source>
      <comment>protocol.correction_reason</comment>
      <translation>Түзетілген хаттамаға ({version}-нұсқа) түзету себебі қажет.</translation>
    </message>
    <message>
      <source>Protocol version {version} is signed and stored, but the package was not written; export it again (station export).</source>
      <comment>protocol.export_after_finalize</comment>
      <translation>Хаттаманың {version}-нұсқасына қол қойылып, сақталды, бірақ пакет жазылмады; оны қайта экспорттаңыз (station export).</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») did not sign protocol version {version}: export it with the key that signed it.</source>
      <comment>protocol.key_not_signer</comment>
      <translation>{path} ішіндегі кілт («{subject}») хаттаманың {version}-нұсқасына қол қоймаған: оны қол қойған кілтпен экспорттаңыз.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») has a self-signed certificate: no reader would trust its signature. Use the key issued to the chair by the branch office's CA.</source>
      <comment>protocol.key_self_signed</comment>
      <translation>{path} ішіндегі кілттің («{subject}») сертификаты өзі қол қойған сертификат: оның қолтаңбасына ешбір тексеруші сенбейді. Филиалдың куәландырушы орталығы төрағаға берген кілтті пайдаланыңыз.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is not issued by a certification authority this station trusts.</source>
      <comment>protocol.key_untrusted</comment>
      <translation>{path} ішіндегі кілтті («{subject}») бұл учаске сенетін куәландырушы орталық бермеген.</translation>
    </message>
    <message>
      <source>No protocol has been finalized yet.</source>
      <comment>protocol.no_version</comment>
      <translation>Әлі бірде-бір хаттама аяқталмаған.</translation>
    </message>
    <message>
      <source>Race «{race}» has no agreed count yet: both entries of its count sheet must agree.</source>
      <comment>protocol.not_agreed</comment>
      <translation>«{race}» сайлауы бойынша келісілген санау нәтижесі әлі жоқ: санау парағының екі енгізуі сәйкес келуі тиіс.</translation>
    </message>
    <message>
      <source>Protocol version {version} was signed by «{previous}» (IIN {previous_iin}); the key in {path} is «{subject}» (IIN {iin}). Another person signs only when the chair records the change of signer with a written reason, which the protocol prints.</source>
      <comment>protocol.signer_changed</comment>
      <translation>Хаттаманың {version}-нұсқасына «{previous}» (ЖСН {previous_iin}) қол қойған; {path} ішіндегі кілт — «{subject}» (ЖСН {iin}). Басқа адам төраға қол қоюшының ауысуын жазбаша себебімен тіркегенде ғана қол қоя алады; бұл себеп хаттамада басылады.</translation>
    </message>
    <message>
      <source>This is the station's first protocol: its signer («{subject}») is recorded now, and there is no change of signer to record.</source>
      <comment>protocol.signer_first</comment>
      <translation>Бұл учаскенің алғашқы хаттамасы: оған қол қоюшы («{subject}») қазір тіркеледі, қол қоюшының ауысуын тіркеудің қажеті жоқ.</translation>
    </message>
    <message>
      <source>The key in {path} («{subject}») is the signer of protocol version {version}: there is no change of signer to record.</source>
      <comment>protocol.signer_unchanged</comment>
      <translation>{path} ішіндегі кілт («{subject}») хаттаманың {version}-нұсқасына қол қойған адамға тиесілі: қол қоюшының ауысуын тіркеудің қажеті жоқ.</translation>
    </message>
    <message>
      <source>There is no protocol version {version}.</source>
      <comment>protocol.unknown_version</comment>
      <translation>Хаттаманың {version}-нұсқасы жоқ.</translation>
    </message>
    <message>
      <source>Race «{race}»: control relation {relation} failed and needs the commission's written explanation.</source>
      <comment>protocol.warning_unexplained</comment>
      <translation>«{race}» сайлауы: {relation} бақылау арақатынасы орындалмады, комиссияның жазбаша түсініктемесі қажет.</translation>
    </message>
    <message>
      <source>The protocol's QR codes do not form a readable protocol: {reason}.</source>
      <comment>qr.malformed</comment>
      <translation>Хаттаманың QR-кодтарынан оқылатын хаттама құралмайды: {reason}.</translation>
    </message>
    <message>
      <source>The QR codes belong to different protocols ({field} differs).</source>
      <comment>qr.mixed</comment>
      <translation>QR-кодтар әртүрлі хаттамаларға тиесілі ({field} өрісі сәйкес келмейді).</translation>
    </message>
    <message>
      <source>QR codes missing: found parts {found} of {total}.</source>
      <comment>qr.parts</comment>
      <translation>QR-кодтар жетіспейді: {total} бөліктен табылғандары: {found}.</translation>
    </message>
    <message>
      <source>QR code {index} is not a protocol code: {reason}.</source>
      <comment>qr.unreadable</comment>
      <translation>№{index} QR-код хаттама коды емес: {reason}.</translation>
    </message>
    <message>
      <source>Only {eligible} eligible candidates for {seats} seats: the list is {eligible} long.</source>
      <comment>ranking.seats_unfilled</comment>
      <translation>{seats} орынға талапқа сай тек {eligible} үміткер бар: тізім {eligible} адамнан тұрады.</translation>
    </message>
    <message>
      <source>{selected} and {unselected} have the same total ({total}) at the cut of the list; the draft took the first in alphabetical order. The commission decides between them.</source>
      <comment>ranking.tie_at_cut</comment>
      <translation>Тізімге өту шегінде {selected} және {unselected} бірдей дауыс жинады ({total}); жобада әліпби ретімен біріншісі алынды. Олардың арасындағы таңдауды комиссия шешеді.</translation>
    </message>
    <message>
      <source>Only {available} eligible women stand in this race: the list needs at least {required} ({percent}% of {seats} seats). All of them are on the list.</source>
      <comment>ranking.women_shortfall</comment>
      <translation>Бұл сайлауға талапқа сай тек {available} әйел үміткер түсіп отыр: тізімге кемінде {required} әйел қажет ({seats} орынның {percent}%). Олардың бәрі тізімге енгізілді.</translation>
    </message>
    <message>
      <source>The list has {selected} women of the {required} required ({percent}% of {seats} seats): the seats cannot hold both quotas with these candidates.</source>
      <comment>ranking.women_unreachable</comment>
      <translation>Тізімде талап етілген {required} әйелдің орнына {selected} әйел бар ({seats} орынның {percent}%): бұл үміткерлермен екі квотаны да орындау мүмкін емес.</translation>
    </message>
    <message>
      <source>Only {available} eligible candidates under {youth_max_age} stand in this race: the list needs at least {required} ({percent}% of {seats} seats). All of them are on the list.</source>
      <comment>ranking.youth_shortfall</comment>
      <translation>Бұл сайлауға {youth_max_age} жасқа толмаған, талапқа сай тек {available} үміткер түсіп отыр: тізімге кемінде {required} ондай үміткер қажет ({seats} орынның {percent}%). Олардың бәрі тізімге енгізілді.</translation>
    </message>
    <message>
      <source>The list has {selected} candidates under {youth_max_age} of the {required} required ({percent}% of {seats} seats): the seats cannot hold both quotas with these candidates.</source>
      <comment>ranking.youth_unreachable</comment>
      <translation>Тізімде {youth_max_age} жасқа толмаған үміткерлер талап етілген {required} адамның орнына {selected} ({seats} орынның {percent}%): бұл үміткерлермен екі квотаны да орындау мүмкін емес.</translation>
    </message>
    <message>
      <source>Line 2 ({received}) must equal lines 3 + 4 + 5 ({issued} + {spoiled} + {unused} = {accounted}).</source>
      <comment>relation.CR01</comment>
      <translation>2-жол ({received}) 3 + 4 + 5-жолдардың қосындысына тең болуы тиіс ({issued} + {spoiled} + {unused} = {accounted}).</translation>
    </message>
    <message>
      <source>Line 6 ({found_in_box}) must not exceed line 3 ({issued}): {excess} more ballots in the box than were issued.</source>
      <comment>relation.CR02</comment>
      <translation>6-жол ({found_in_box}) 3-жолдан ({issued}) аспауы тиіс: жәшікте берілгеннен {excess} бюллетень артық.</translation>
    </message>
    <message>
      <source>Line 7 ({invalid}) must not exceed line 6 ({found_in_box}): lines 7 + 8 must equal line 6.</source>
      <comment>relation.CR03</comment>
      <translation>7-жол ({invalid}) 6-жолдан ({found_in_box}) аспауы тиіс: 7 + 8-жолдардың қосындысы 6-жолға тең болуы тиіс.</translation>
    </message>
    <message>
      <source>Line 3 ({issued}) must not exceed line 1 ({roll_eligible}).</source>
      <comment>relation.CR04</comment>
      <translation>3-жол ({issued}) 1-жолдан ({roll_eligible}) аспауы тиіс.</translation>
    </message>
    <message>
      <source>Candidate {candidate} has {votes} votes, more than the {valid} valid ballots (line 8).</source>
      <comment>relation.CR05</comment>
      <translation>{candidate} үміткері {votes} дауыс алған, бұл жарамды бюллетеньдер санынан ({valid}, 8-жол) көп.</translation>
    </message>
    <message>
      <source>The votes total {total}, more than line 8 × {max_choices} ({valid} × {max_choices} = {limit}).</source>
      <comment>relation.CR06</comment>
      <translation>Дауыстардың жиыны {total}, бұл 8-жол × {max_choices} мәнінен көп ({valid} × {max_choices} = {limit}).</translation>
    </message>
    <message>
      <source>The votes total {total}, fewer than the {valid} valid ballots (line 8), yet every valid ballot carries at least one vote.</source>
      <comment>relation.CR07</comment>
      <translation>Дауыстардың жиыны {total}, бұл жарамды бюллетеньдер санынан ({valid}, 8-жол) аз, ал әр жарамды бюллетеньде кемінде бір дауыс болады.</translation>
    </message>
    <message>
      <source>Line 6 ({found_in_box}) is less than line 3 ({issued}): {missing} issued ballots were not found in the box.</source>
      <comment>relation.CR08</comment>
      <translation>6-жол ({found_in_box}) 3-жолдан ({issued}) аз: берілген {missing} бюллетень жәшіктен табылмады.</translation>
    </message>
    <message>
      <source>Line 7 ({invalid}) is more than {threshold}% of line 6 ({found_in_box}).</source>
      <comment>relation.CR09</comment>
      <translation>7-жол ({invalid}) 6-жолдың ({found_in_box}) {threshold}%-ынан көп.</translation>
    </message>
    <message>
      <source>Line 4 ({spoiled}) is more than {threshold}% of line 3 ({issued}).</source>
      <comment>relation.CR10</comment>
      <translation>4-жол ({spoiled}) 3-жолдың ({issued}) {threshold}%-ынан көп.</translation>
    </message>
    <message>
      <source>Write the remark's text.</source>
      <comment>remark.text</comment>
      <translation>Ескертпенің мәтінін жазыңыз.</translation>
    </message>
    <message>
      <source>There is no remark number {remark}.</source>
      <comment>remark.unknown</comment>
      <translation>№{remark} ескертпе жоқ.</translation>
    </message>
    <message>
      <source>The file {file} cannot be opened ({reason}).</source>
      <comment>roll.cannot_open</comment>
      <translation>{file} файлын ашу мүмкін емес ({reason}).</translation>
    </message>
    <message>
      <source>{file} cannot be read as CSV from line {line} on (an unclosed quote?).</source>
      <comment>roll.csv_malformed</comment>
      <translation>{file} файлын {line}-жолдан бастап CSV ретінде оқу мүмкін емес (тырнақша жабылмаған ба?).</translation>
    </message>
    <message>
      <source>{file} has two columns for {column}: «{first}» and «{second}».</source>
      <comment>roll.duplicate_column</comment>
      <translation>{file} файлында {column} үшін екі баған бар: «{first}» және «{second}».</translation>
    </message>
    <message>
      <source>The file {file} is empty.</source>
      <comment>roll.empty</comment>
      <translation>{file} файлы бос.</translation>
    </message>
    <message>
      <source>{file} has no column for {columns} (header on line {line}).</source>
      <comment>roll.missing_columns</comment>
      <translation>{file} файлында {columns} үшін баған жоқ (тақырып жолы — {line}-жол).</translation>
    </message>
    <message>
      <source>No header row found in {file}: the columns must be named ({expected}).</source>
      <comment>roll.no_header</comment>
      <translation>{file} файлында тақырып жолы табылмады: бағандардың атаулары болуы тиіс ({expected}).</translation>
    </message>
    <message>
      <source>{file} is neither a CSV text file nor an Excel .xlsx workbook.</source>
      <comment>roll.not_a_table</comment>
      <translation>{file} CSV мәтіндік файлы да, Excel .xlsx кітабы да емес.</translation>
    </message>
    <message>
      <source>The file {file} does not exist.</source>
      <comment>roll.not_found</comment>
      <translation>{file} файлы жоқ.</translation>
    </message>
    <message>
      <source>The report {file} cannot be written ({reason}).</source>
      <comment>roll.write_failed</comment>
      <translation>{file} есебін жазу мүмкін емес ({reason}).</translation>
    </message>
    <message>
      <source>{file} is an Excel 97–2003 workbook (.xls): save it as .xlsx or CSV.</source>
      <comment>roll.xls_unsupported</comment>
      <translation>{file} — Excel 97–2003 кітабы (.xls): оны .xlsx немесе CSV форматында сақтаңыз.</translation>
    </message>
    <message>
      <source>{file} looks like an Excel workbook but cannot be read: it is damaged or not a workbook.</source>
      <comment>roll.xlsx_unreadable</comment>
      <translation>{file} Excel кітабына ұқсайды, бірақ оқылмайды: ол бүлінген немесе Excel кітабы емес.</translation>
    </message>
    <message>
      <source>{file} is an Excel workbook under another name: rename it to .xlsx.</source>
      <comment>roll.xlsx_wrong_extension</comment>
      <translation>{file} — басқа кеңейтіммен сақталған Excel кітабы: оның кеңейтімін .xlsx етіп өзгертіңіз.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is not a date: write YYYY-MM-DD or DD.MM.YYYY.</source>
      <comment>row.date_format</comment>
      <translation>{field} өрісіндегі «{value}» күн емес: ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is not a real calendar date.</source>
      <comment>row.date_invalid</comment>
      <translation>{field} өрісіндегі «{value}» — күнтізбеде жоқ күн.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is outside the years 1900–2099.</source>
      <comment>row.date_out_of_range</comment>
      <translation>{field} өрісіндегі «{value}» 1900–2099 жылдар аралығынан тыс.</translation>
    </message>
    <message>
      <source>The row has {count} more cell(s) than the header ({cells}): a value probably contains an unquoted delimiter.</source>
      <comment>row.extra_cells</comment>
      <translation>Жолда тақырып жолына қарағанда {count} ұяшық артық ({cells}): мәндердің бірінде тырнақшаға алынбаған бөлгіш таңба болуы мүмкін.</translation>
    </message>
    <message>
      <source>The IIN «{value}» was rounded by a spreadsheet (scientific notation); export the column as text.</source>
      <comment>row.iin_rounded</comment>
      <translation>«{value}» ЖСН-ін электрондық кесте дөңгелектеп жіберген (ғылыми жазу түрі); бағанды мәтін ретінде экспорттаңыз.</translation>
    </message>
    <message>
      <source>The IIN «{value}» had lost its leading zero in a spreadsheet; read as «{iin}».</source>
      <comment>row.iin_zero_restored</comment>
      <translation>«{value}» ЖСН-і электрондық кестеде бастапқы нөлін жоғалтқан; «{iin}» деп оқылды.</translation>
    </message>
    <message>
      <source>The {field} «{value}» has no UTC offset; read as Kazakhstan time ({assumed}).</source>
      <comment>row.naive_time</comment>
      <translation>{field} өрісіндегі «{value}» мәнінде UTC ығысуы жоқ; Қазақстан уақыты ({assumed}) деп оқылды.</translation>
    </message>
    <message>
      <source>The {field} is missing.</source>
      <comment>row.required</comment>
      <translation>{field} өрісі толтырылмаған.</translation>
    </message>
    <message>
      <source>The {field} «{value}» is not a time: write ISO 8601 with the UTC offset, e.g. 2020-10-01T09:30:00+06:00.</source>
      <comment>row.time_format</comment>
      <translation>{field} өрісіндегі «{value}» уақыт емес: ISO 8601 форматында UTC ығысуымен жазыңыз, мысалы 2020-10-01T09:30:00+06:00.</translation>
    </message>
    <message>
      <source>The exception recorded at {at} does not answer the opening checklist saved at {run_at} (it was written for an earlier checklist or other items): the chair must record an exception for this checklist, with its reason.</source>
      <comment>sanitary.exception_stale</comment>
      <translation>{at} уақытта тіркелген ерекшелік {run_at} уақытта сақталған ашу алдындағы тексеру парағына сәйкес келмейді (ол бұрынғы тексеру парағы немесе басқа тармақтар үшін жазылған): төраға осы тексеру парағы үшін себебін көрсетіп, ерекшелік тіркеуі тиіс.</translation>
    </message>
    <message>
      <source>The opening checklist passed: no exception is needed.</source>
      <comment>sanitary.no_exception_needed</comment>
      <translation>Ашу алдындағы тексеру парағы орындалды: ерекшелік қажет емес.</translation>
    </message>
    <message>
      <source>The checklist template {file} cannot be read: {reason}.</source>
      <comment>sanitary.template_file</comment>
      <translation>{file} тексеру парағы үлгісін оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
      <source>A certificate carried inside the signature was altered or does not belong to its chain.</source>
      <comment>signature.altered_certificates</comment>
      <translation>Қолтаңбаның ішіндегі сертификат өзгертілген немесе өз тізбегіне жатпайды.</translation>
    </message>
    <message>
      <source>Bytes were added to or changed in the signature container.</source>
      <comment>signature.altered_container</comment>
      <translation>Қолтаңба контейнеріне байттар қосылған немесе ондағы байттар өзгертілген.</translation>
    </message>
    <message>
      <source>The signature does not match the signed content: it was changed after signing.</source>
      <comment>signature.broken</comment>
      <translation>Қолтаңба қол қойылған мазмұнға сәйкес келмейді: мазмұн қол қойылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
      <source>The signer's certificate does not allow signing documents.</source>
      <comment>signature.not_for_signing</comment>
      <translation>Қол қоюшының сертификаты құжаттарға қол қоюға рұқсат бермейді.</translation>
    </message>
    <message>
      <source>The signer's certificate was not valid (expired) at the time of checking.</source>
      <comment>signature.signer_expired</comment>
      <translation>Тексеру кезінде қол қоюшының сертификаты жарамсыз болған (мерзімі өткен).</translation>
    </message>
    <message>
      <source>The signer's certificate was not yet valid at the time of checking.</source>
      <comment>signature.signer_not_yet_valid</comment>
      <translation>Тексеру кезінде қол қоюшының сертификаты әлі күшіне енбеген.</translation>
    </message>
    <message>
      <source>The signer's certificate was revoked.</source>
      <comment>signature.signer_revoked</comment>
      <translation>Қол қоюшының сертификаты кері қайтарып алынған.</translation>
    </message>
    <message>
      <source>The signer's certificate does not lead to a trusted certificate.</source>
      <comment>signature.untrusted</comment>
      <translation>Қол қоюшы сертификатының тізбегі сенімді сертификатқа жетпейді.</translation>
    </message>
    <message>
      <source>Line {line}: expected «IIN [time]», found «{value}».</source>
      <comment>station.bad_line</comment>
      <translation>{line}-жол: «ЖСН [уақыт]» күтілген, ал «{value}» табылды.</translation>
    </message>
    <message>
      <source>Line {line}: «{value}» is not a time (HH:MM or ISO 8601 with offset).</source>
      <comment>station.bad_time</comment>
      <translation>{line}-жол: «{value}» уақыт емес (СС:ММ немесе ығысуы көрсетілген ISO 8601).</translation>
    </message>
    <message>
      <source>The number must be a whole number of at least {minimum} (found «{value}»).</source>
      <comment>station.count</comment>
      <translation>Сан кемінде {minimum} болатын бүтін сан болуы тиіс («{value}» табылды).</translation>
    </message>
    <message>
      <source>Type at least one letter or digit to search.</source>
      <comment>station.empty_search</comment>
      <translation>Іздеу үшін кемінде бір әріп немесе цифр теріңіз.</translation>
    </message>
    <message>
      <source>{iin} has no check-in to void.</source>
      <comment>station.not_checked_in</comment>
      <translation>{iin} бойынша күшін жоятын тіркеу жоқ.</translation>
    </message>
    <message>
      <source>An officer with the login «{officer}» already exists.</source>
      <comment>station.officer_exists</comment>
      <translation>«{officer}» логині бар комиссия мүшесі бұрыннан бар.</translation>
    </message>
    <message>
      <source>A login id is 1 to 20 letters, digits, '-' or '_' (found «{officer}»).</source>
      <comment>station.officer_id</comment>
      <translation>Логин 1-ден 20-ға дейін әріптен, цифрдан, '-' немесе '_' таңбаларынан тұрады («{officer}» табылды).</translation>
    </message>
    <message>
      <source>The officer's name is required.</source>
      <comment>station.officer_name</comment>
      <translation>Комиссия мүшесінің аты-жөні міндетті.</translation>
    </message>
    <message>
      <source>Record the ballots received for race «{race}» before opening.</source>
      <comment>station.open_needs_ballots</comment>
      <translation>Учаскені ашпас бұрын «{race}» сайлауы бойынша алынған бюллетеньдерді есепке алыңыз.</translation>
    </message>
    <message>
      <source>Line {line}: no time after the IIN {iin}; copy the time of the check-in from the paper list (HH:MM).</source>
      <comment>station.paper_no_time</comment>
      <translation>{line}-жол: ЖСН ({iin}) соңынан уақыт жазылмаған; тіркеу уақытын қағаз тізімнен көшіріңіз (СС:ММ).</translation>
    </message>
    <message>
      <source>Line {line}: the station has not been opened, so no check-in can be entered from a paper list.</source>
      <comment>station.paper_not_opened</comment>
      <translation>{line}-жол: учаске ашылмаған, сондықтан қағаз тізімнен тіркеу енгізуге болмайды.</translation>
    </message>
    <message>
      <source>Line {line}: the time {at} is outside the hours the station was open ({opened} to {until}).</source>
      <comment>station.paper_time_outside</comment>
      <translation>{line}-жол: {at} уақыты учаскенің ашық болған уақытынан ({opened} – {until}) тыс.</translation>
    </message>
    <message>
      <source>Race «{race}»: the ballots received cannot be {count}: {used} have already been used ({issued} issued, {spoiled} spoiled).</source>
      <comment>station.received_below_used</comment>
      <translation>«{race}» сайлауы: алынған бюллетеньдер саны {count} бола алмайды: {used} бюллетень пайдаланылып қойған (берілгені {issued}, бүлінгені {spoiled}).</translation>
    </message>
    <message>
      <source>The role must be chair, secretary or clerk (found «{role}»).</source>
      <comment>station.role</comment>
      <translation>Рөл chair (төраға), secretary (хатшы) немесе clerk (комиссия мүшесі) болуы тиіс («{role}» табылды).</translation>
    </message>
    <message>
      <source>Race «{race}»: {count} spoiled ballot(s) exceed the {available} ballots still unissued.</source>
      <comment>station.spoil_exceeds</comment>
      <translation>«{race}» сайлауы: бүлінген бюллетеньдер саны ({count}) әлі берілмеген {available} бюллетеньнен асып кетеді.</translation>
    </message>
    <message>
      <source>This cannot be done while the station is {state} (it needs: {allowed}).</source>
      <comment>station.state</comment>
      <translation>Учаскенің қазіргі күйінде ({state}) мұны істеуге болмайды (қажетті күй: {allowed}).</translation>
    </message>
    <message>
      <source>This precinct has no race «{race}».</source>
      <comment>station.unknown_race</comment>
      <translation>Бұл учаскеде «{race}» сайлауы жоқ.</translation>
    </message>
    <message>
      <source>Write the reason for voiding this check-in.</source>
      <comment>station.void_reason</comment>
      <translation>Осы тіркеудің күшін жою себебін жазыңыз.</translation>
    </message>
    <message>
      <source>A file already exists at {path}; choose another name.</source>
      <comment>storage.exists</comment>
      <translation>{path} жолында файл бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
      <source>There is no database at {path}.</source>
      <comment>storage.missing</comment>
      <translation>{path} жолында дерекқор жоқ.</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of Polling Station (it has {unknown}); update the application.</source>
      <comment>storage.newer_schema</comment>
      <translation>{path} файлын «Сайлау учаскесі» бағдарламасының жаңарақ нұсқасы жазған (онда {unknown} бар); бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
      <source>{path} is not a Polling Station database.</source>
      <comment>storage.not_a_database</comment>
      <translation>{path} — «Сайлау учаскесі» бағдарламасының дерекқоры емес.</translation>
    </message>
    <message>
      <source>{path} cannot be opened: {reason}.</source>
      <comment>storage.unreadable</comment>
      <translation>{path} ашылмайды: {reason}.</translation>
    </message>
    <message>
      <source>{path} is a {found} database, not a {expected} database.</source>
      <comment>storage.wrong_kind</comment>
      <translation>{path} дерекқорының түрі — {found}, ал {expected} түрі қажет.</translation>
    </message>
    <message>
      <source>A ballot with no mark is invalid; it was counted as invalid.</source>
      <comment>tally.blank</comment>
      <translation>Белгі қойылмаған бюллетень жарамсыз; ол жарамсыз ретінде саналды.</translation>
    </message>
    <message>
      <source>No ballot of race «{race}» has been tallied yet.</source>
      <comment>tally.nothing_to_undo</comment>
      <translation>«{race}» сайлауы бойынша әлі бірде-бір бюллетень саналмаған.</translation>
    </message>
    <message>
      <source>A ballot with {marks} marks is invalid (at most {max_choices} are allowed); it was counted as invalid.</source>
      <comment>tally.over_marked</comment>
      <translation>{marks} белгі қойылған бюллетень жарамсыз (ең көбі {max_choices} белгіге рұқсат етіледі); ол жарамсыз ретінде саналды.</translation>
    </message>
    <message>
      <source>«{candidate}» is not a candidate of race «{race}»; the ballot was not counted.</source>
      <comment>tally.unknown_candidate</comment>
      <translation>«{candidate}» — «{race}» сайлауының үміткері емес; бюллетень саналмады.</translation>
    </message>
    <message>
      <source>The election definition stored in the station was changed outside the application.</source>
      <comment>tamper.election_changed</comment>
      <translation>Учаскеде сақталған сайлау сипаттамасы бағдарламадан тыс өзгертілген.</translation>
    </message>
    <message>
      <source>The members whose IIN starts with {prefix} were changed outside the application ({found} rows in the file, {expected} as imported).</source>
      <comment>tamper.roll_bucket</comment>
      <translation>ЖСН-і {prefix} деп басталатын мүшелер бағдарламадан тыс өзгертілген (файлда {found} жол, импортталғанда {expected} болған).</translation>
    </message>
    <message>
      <source>The member roll was changed outside the application: {found} members in the file, {expected} as imported (journal entry {seq}).</source>
      <comment>tamper.roll_changed</comment>
      <translation>Партия мүшелерінің тізімі бағдарламадан тыс өзгертілген: файлда {found} мүше, импортталғанда {expected} болған (журналдың №{seq} жазбасы).</translation>
    </message>
    <message>
      <source>{table}, row {key} was inserted outside the application (the journal has no record of it).</source>
      <comment>tamper.row_added</comment>
      <translation>{table}, {key} жолы бағдарламадан тыс қосылған (журналда ол туралы жазба жоқ).</translation>
    </message>
    <message>
      <source>{table}, row {key}: {field} is «{found}» in the file, but the journal recorded «{expected}».</source>
      <comment>tamper.row_changed</comment>
      <translation>{table}, {key} жолы: файлда {field} мәні «{found}», ал журналда «{expected}» деп тіркелген.</translation>
    </message>
    <message>
      <source>{table}, row {key} was deleted outside the application (the journal recorded it).</source>
      <comment>tamper.row_missing</comment>
      <translation>{table}, {key} жолы бағдарламадан тыс жойылған (журналда ол тіркелген).</translation>
    </message>
    <message>
      <source>The {kind} «{name}» was added to the station file outside the application.</source>
      <comment>tamper.schema_added</comment>
      <translation>Учаске файлына бағдарламадан тыс {kind} «{name}» қосылған.</translation>
    </message>
    <message>
      <source>The {kind} «{name}» of the station file was altered.</source>
      <comment>tamper.schema_changed</comment>
      <translation>Учаске файлындағы {kind} «{name}» өзгертілген.</translation>
    </message>
    <message>
      <source>The {kind} «{name}» was removed from the station file.</source>
      <comment>tamper.schema_missing</comment>
      <translation>Учаске файлынан {kind} «{name}» жойылған.</translation>
    </message>
    <message>
      <source>{table} was changed outside the application: {found} rows in the file, {expected} recorded by the journal.</source>
      <comment>tamper.table_changed</comment>
      <translation>{table} бағдарламадан тыс өзгертілген: файлда {found} жол, журналда {expected} жол тіркелген.</translation>
    </message>
    <message>
      <source>The file {path} holds no readable certificate.</source>
      <comment>trust.unreadable</comment>
      <translation>{path} файлында оқылатын сертификат жоқ.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>New PIN for {officer}</source>
      <translation>{officer} үшін жаңа PIN-код</translation>
    </message>
    <message>
      <source>PIN for {officer}</source>
      <translation>{officer} үшін PIN-код</translation>
    </message>
    <message>
      <source>Demo election built in {folder}.</source>
      <translation>Демо сайлау {folder} қалтасында жасалды.</translation>
    </message>
    <message>
      <source>Station database: {path}</source>
      <translation>Учаске дерекқоры: {path}</translation>
    </message>
    <message>
      <source>Officers (login id, role, PIN):</source>
      <translation>Комиссия мүшелері (логин, рөл, PIN-код):</translation>
    </message>
    <message>
      <source>Created station {precinct} of {election} in {path}.</source>
      <translation>{election} сайлауының №{precinct} учаскесі құрылды: {path}.</translation>
    </message>
    <message>
      <source>Added {role} {officer}.</source>
      <translation>Қосылды: {officer} ({role}).</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {accepted} accepted ({added} new, {changed} changed, {unchanged} unchanged), {collapsed} identical duplicates collapsed, {rejected} rejected, {warned} with warnings.</source>
      <translation>{file}: {rows} жол; қабылданды: {accepted} (жаңа: {added}, өзгерген: {changed}, өзгермеген: {unchanged}), біріктірілген бірдей қайталанулар: {collapsed}, қабылданбады: {rejected}, ескертуімен: {warned}.</translation>
    </message>
    <message>
      <source>Race {race}: {count} ballots received.</source>
      <translation>{race} сайлауы: {count} бюллетень алынды.</translation>
    </message>
    <message>
      <source>The station is open.</source>
      <translation>Учаске ашылды.</translation>
    </message>
    <message>
      <source>Observer {number} registered.</source>
      <translation>№{number} байқаушы тіркелді.</translation>
    </message>
    <message>
      <source>Observer {number} left.</source>
      <translation>№{number} байқаушы кетті.</translation>
    </message>
    <message>
      <source>Remark {number} recorded.</source>
      <translation>№{number} ескертпе жазылды.</translation>
    </message>
    <message>
      <source>Incident {number} recorded.</source>
      <translation>№{number} оқиға тіркелді.</translation>
    </message>
    <message>
      <source>The station is closed.</source>
      <translation>Учаске жабылды.</translation>
    </message>
    <message>
      <source>Check-in of {iin} voided.</source>
      <translation>ЖСН {iin} бойынша тіркеудің күші жойылды.</translation>
    </message>
    <message>
      <source>Race {race}: {count} spoiled ballot(s) recorded.</source>
      <translation>{race} сайлауы: {count} бүлінген бюллетень есепке алынды.</translation>
    </message>
    <message>
      <source>Precinct {id} — {name}</source>
      <translation>№{id} учаске — {name}</translation>
    </message>
    <message>
      <source>State: {state}</source>
      <translation>Күйі: {state}</translation>
    </message>
    <message>
      <source>Roll: {on_roll} members on this roll, {eligible} eligible; {total} in the file.</source>
      <translation>Тізім: осы тізімде {on_roll} мүше, оның ішінде дауыс беру құқығы барлар: {eligible}; файлда барлығы: {total}.</translation>
    </message>
    <message>
      <source>Checked in: {live} ({percent}%), voided {voided}, backfilled {backfilled}.</source>
      <translation>Тіркелгендер: {live} ({percent}%), күші жойылғандар: {voided}, кейін енгізілгендер: {backfilled}.</translation>
    </message>
    <message>
      <source>Journal: {entries} entries.</source>
      <translation>Журнал: {entries} жазба.</translation>
    </message>
    <message>
      <source>The journal is intact ({entries} entries).</source>
      <translation>Журнал бүтін ({entries} жазба).</translation>
    </message>
    <message>
      <source>Backup written and checked: {path}</source>
      <translation>Сақтық көшірме жазылып, тексерілді: {path}</translation>
    </message>
    <message>
      <source>Restored {path} from {backup}; the damaged file was kept beside it.</source>
      <translation>{path} файлы {backup} көшірмесінен қалпына келтірілді; бүлінген файл оның жанында сақталды.</translation>
    </message>
    <message>
      <source>The station file is intact.</source>
      <translation>Учаске файлы бүтін.</translation>
    </message>
    <message>
      <source>Set {env} or run in a terminal to be asked.</source>
      <translation>{env} айнымалысын орнатыңыз немесе сұрау шығуы үшін терминалда іске қосыңыз.</translation>
    </message>
    <message>
      <source>The two entries differ; enter it again.</source>
      <translation>Екі рет енгізілген мәндер сәйкес келмейді; қайта енгізіңіз.</translation>
    </message>
    <message>
      <source>Repeat the new PIN for {officer}</source>
      <translation>{officer} үшін жаңа PIN-кодты қайталаңыз</translation>
    </message>
    <message>
      <source>Backups and the paper list go to {folder} (a stand-in for the USB stick).</source>
      <translation>Сақтық көшірмелер мен қағаз тізім {folder} қалтасына жазылады (USB жинақтауыштың орнына).</translation>
    </message>
    <message>
      <source>Trial keys in {folder} (chair's key password: {password}).</source>
      <translation>Сынақ кілттері {folder} қалтасында (төраға кілтінің құпиясөзі: {password}).</translation>
    </message>
    <message>
      <source>The report cannot be written over the file being imported.</source>
      <translation>Есепті импортталып жатқан файлдың үстіне жазуға болмайды.</translation>
    </message>
    <message>
      <source>Report of every problem, with line, IIN and name: {path} (rejected rows: {rejected}; warnings: {warnings}).</source>
      <translation>Жол нөмірі, ЖСН және аты-жөні көрсетілген барлық мәселелердің есебі: {path} (қабылданбаған жолдар: {rejected}; ескертулер: {warnings}).</translation>
    </message>
    <message>
      <source>No member found.</source>
      <translation>Бірде-бір мүше табылмады.</translation>
    </message>
    <message>
      <source>may vote</source>
      <translation>дауыс бере алады</translation>
    </message>
    <message>
      <source>Give --answers FILE or --all-yes (one of them).</source>
      <translation>--answers FILE немесе --all-yes параметрінің біреуін көрсетіңіз.</translation>
    </message>
    <message>
      <source>Give IINs or --from FILE (not both).</source>
      <translation>ЖСН-дерді немесе --from FILE параметрін көрсетіңіз (екеуін бірге емес).</translation>
    </message>
    <message>
      <source>Race {id}: received {received}, issued {issued}, spoiled {spoiled}, remaining {remaining}.</source>
      <translation>{id} сайлауы: алынды {received}, берілді {issued}, бүлінді {spoiled}, қалды {remaining}.</translation>
    </message>
    <message>
      <source>Line {line}, {severity}: {message}</source>
      <translation>{line}-жол, {severity}: {message}</translation>
    </message>
    <message>
      <source>… and {n} more in the report.</source>
      <translation>… және есепте тағы {n}.</translation>
    </message>
    <message>
      <source>No problems: the earlier report {path} was deleted.</source>
      <translation>Мәселе жоқ: бұрынғы {path} есебі жойылды.</translation>
    </message>
    <message>
      <source>Checklist {name} recorded: every mandatory item is in place.</source>
      <translation>{name} тексеру парағы жазылды: барлық міндетті тармақ орындалған.</translation>
    </message>
    <message>
      <source>Checklist {name} recorded; mandatory items not in place: {items}.</source>
      <translation>{name} тексеру парағы жазылды; орындалмаған міндетті тармақтар: {items}.</translation>
    </message>
    <message>
      <source>Polling Station stopped on an internal error ({kind}). Nothing was half-written: every change is one transaction. Please report the command you ran.</source>
      <translation>«Сайлау учаскесі» ішкі қатеге байланысты тоқтады ({kind}). Ештеңе жартылай жазылмады: әр өзгеріс — бір транзакция. Іске қосқан командаңызды хабарлаңыз.</translation>
    </message>
    <message>
      <source>line {line}: </source>
      <translation>{line}-жол: </translation>
    </message>
    <message>
      <source>OK</source>
      <translation>ТІРКЕЛДІ</translation>
    </message>
    <message>
      <source>error</source>
      <translation>қате</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>ескерту</translation>
    </message>
    <message>
      <source>REFUSED</source>
      <translation>БАС ТАРТЫЛДЫ</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {accepted} accepted ({added} new, {changed} changed, {unchanged} unchanged), {collapsed} identical duplicates collapsed, {rejected} rejected.</source>
      <translation>{file}: {rows} жол; қабылданды: {accepted} (жаңа: {added}, өзгерген: {changed}, өзгермеген: {unchanged}), біріктірілген бірдей қайталанулар: {collapsed}, қабылданбады: {rejected}.</translation>
    </message>
    <message>
      <source>The roll holds {members} members, {eligible} of them eligible.</source>
      <translation>Тізімде {members} мүше бар, оның ішінде дауыс беру құқығы барлар: {eligible}.</translation>
    </message>
    <message>
      <source>Created the branch database of {election} in {path}.</source>
      <translation>{election} сайлауының филиал дерекқоры құрылды: {path}.</translation>
    </message>
    <message>
      <source>Precinct {precinct}: version {version} from {file} is now current.</source>
      <translation>№{precinct} учаске: {file} файлындағы {version}-нұсқа енді ағымдағы нұсқа болып табылады.</translation>
    </message>
    <message>
      <source>{file}: {rows} rows; {accepted} accepted ({added} new, {unchanged} already imported), {collapsed} identical duplicates collapsed, {rejected} rejected.</source>
      <translation>{file}: {rows} жол; қабылданды: {accepted} (жаңа: {added}, бұрын импортталған: {unchanged}), біріктірілген бірдей қайталанулар: {collapsed}, қабылданбады: {rejected}.</translation>
    </message>
    <message>
      <source>Candidate {candidate} of race {race} excluded.</source>
      <translation>{race} сайлауының {candidate} үміткері шығарылды.</translation>
    </message>
    <message>
      <source>Rejected rows, with line numbers and reasons: {path}</source>
      <translation>Қабылданбаған жолдар, жол нөмірлері мен себептерімен: {path}</translation>
    </message>
    <message>
      <source>precinct {precinct}</source>
      <translation>№{precinct} учаске</translation>
    </message>
    <message>
      <source>every precinct</source>
      <translation>барлық учаскелер</translation>
    </message>
    <message>
      <source>CA</source>
      <translation>куәландырушы орталық</translation>
    </message>
    <message>
      <source>certificate</source>
      <translation>сертификат</translation>
    </message>
    <message>
      <source>Trusted {kind} «{subject}» for {scope} (SHA-256 {fingerprint}).</source>
      <translation>{scope} үшін сенімді {kind} қосылды: «{subject}» (SHA-256 {fingerprint}).</translation>
    </message>
    <message>
      <source>{kind} «{subject}» was already trusted for {scope}.</source>
      <translation>{kind} «{subject}» {scope} үшін бұрыннан сенімді.</translation>
    </message>
    <message>
      <source>precinct {precinct} v{version}</source>
      <translation>№{precinct} учаске, {version}-нұсқа</translation>
    </message>
    <message>
      <source>{count} × {code}, e.g. line {line}: {message}</source>
      <translation>{count} × {code}, мысалы, {line}-жол: {message}</translation>
    </message>
    <message>
      <source>superseded: {versions}</source>
      <translation>ауыстырылған нұсқалар: {versions}</translation>
    </message>
    <message>
      <source>supersedes version(s) {versions}</source>
      <translation>мына нұсқа(лар)ды ауыстырады: {versions}</translation>
    </message>
    <message>
      <source>Race {race}: the explanation of {relation} is recorded.</source>
      <translation>{race} сайлауы: {relation} бойынша түсініктеме жазылды.</translation>
    </message>
    <message>
      <source>Race {race}: entry {entry} discarded.</source>
      <translation>{race} сайлауы: {entry}-енгізу өшірілді.</translation>
    </message>
    <message>
      <source>Race {race}: the count is reopened; type both entries again.</source>
      <translation>{race} сайлауы: санау қайта ашылды; екі енгізуді де қайта теріңіз.</translation>
    </message>
    <message>
      <source>Race {race}: {ballots} ballots tallied, {invalid} invalid, {valid} valid.</source>
      <translation>{race} сайлауы: {ballots} бюллетень саналды, оның ішінде жарамсызы {invalid}, жарамдысы {valid}.</translation>
    </message>
    <message>
      <source>The station is counted: every race is agreed and checked.</source>
      <translation>Учаскеде дауыстар саналды: барлық сайлау бойынша нәтижелер келісіліп, тексерілді.</translation>
    </message>
    <message>
      <source>agreed: both entries of race {race} are the same; this count sheet counts.</source>
      <translation>келісілді: {race} сайлауы бойынша екі енгізу бірдей; осы санау парағы есепке алынады.</translation>
    </message>
    <message>
      <source>Control relations that fail on this count sheet:</source>
      <translation>Осы санау парағында орындалмаған бақылау арақатынастары:</translation>
    </message>
    <message>
      <source>Race {race}: {status}</source>
      <translation>{race} сайлауы: {status}</translation>
    </message>
    <message>
      <source>{relation} (warning): {message}</source>
      <translation>{relation} (ескерту): {message}</translation>
    </message>
    <message>
      <source>The two entries of race {race} differ on {count} lines; recount them and retype them:</source>
      <translation>{race} сайлауы бойынша екі енгізу {count} жолда сәйкес келмейді; оларды қайта санап, қайта теріңіз:</translation>
    </message>
    <message>
      <source>Entry {entry} of race {race} recorded; waiting for the other entry.</source>
      <translation>{race} сайлауы бойынша {entry}-енгізу жазылды; екінші енгізу күтілуде.</translation>
    </message>
    <message>
      <source>not typed yet</source>
      <translation>әлі терілмеген</translation>
    </message>
    <message>
      <source>entry 1 typed, waiting for entry 2</source>
      <translation>1-енгізу терілді, 2-енгізу күтілуде</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>екі енгізу сәйкес келмейді</translation>
    </message>
    <message>
      <source>agreed</source>
      <translation>келісілді</translation>
    </message>
    <message>
      <source>  differing fields: {fields}</source>
      <translation>  сәйкес келмейтін өрістер: {fields}</translation>
    </message>
    <message>
      <source>The station is marked counted.</source>
      <translation>Учаске «саналды» деп белгіленді.</translation>
    </message>
    <message>
      <source>{relation} (error): {message}</source>
      <translation>{relation} (қате): {message}</translation>
    </message>
    <message>
      <source>Explanation: {text}</source>
      <translation>Түсініктеме: {text}</translation>
    </message>
    <message>
      <source>Every race is agreed and checked: the chair may mark the station counted.</source>
      <translation>Барлық сайлау бойынша нәтижелер келісіліп, тексерілді: төраға учаскені «саналды» деп белгілей алады.</translation>
    </message>
    <message>
      <source>line {line} ({field})</source>
      <translation>{line}-жол ({field})</translation>
    </message>
    <message>
      <source>line {line} ({field}): you typed {value}</source>
      <translation>{line}-жол ({field}): сіз тергеніңіз — {value}</translation>
    </message>
    <message>
      <source>Paper list written: {path} ({members} members, {checked_in} checked in).</source>
      <translation>Қағаз тізім жазылды: {path} ({members} мүше, тіркелгендер: {checked_in}).</translation>
    </message>
    <message>
      <source>Password of the key file</source>
      <translation>Кілт файлының құпиясөзі</translation>
    </message>
    <message>
      <source>Protocol version {version} signed by {signer} at {at}.</source>
      <translation>Хаттаманың {version}-нұсқасына {signer} {at} уақытта қол қойды.</translation>
    </message>
    <message>
      <source>SHA-256 of protocol.json: {sha}</source>
      <translation>protocol.json файлының SHA-256 мәні: {sha}</translation>
    </message>
    <message>
      <source>Package written: {path} (SHA-256 {sha}).</source>
      <translation>Пакет жазылды: {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>The station is finalized: read-only from now on.</source>
      <translation>Учаске жұмысы аяқталды: енді тек оқу режимінде.</translation>
    </message>
    <message>
      <source>Package of version {version} written: {path} (SHA-256 {sha}).</source>
      <translation>{version}-нұсқаның пакеті жазылды: {path} (SHA-256 {sha}).</translation>
    </message>
    <message>
      <source>The station is open for a correction; reopen a race's count if it must change, then finalize again.</source>
      <translation>Учаске түзету үшін ашылды; сайлау бойынша санау өзгеруі тиіс болса, оны қайта ашып, содан кейін хаттаманы қайта аяқтаңыз.</translation>
    </message>
    <message>
      <source>Version {version}, {at}, SHA-256 {sha}</source>
      <translation>{version}-нұсқа, {at}, SHA-256 {sha}</translation>
    </message>
    <message>
      <source>Password for the new CA key</source>
      <translation>Куәландырушы орталықтың жаңа кілтінің құпиясөзі</translation>
    </message>
    <message>
      <source>CA written: {p12} (key) and {pem} (certificate to trust).</source>
      <translation>Куәландырушы орталық жазылды: {p12} (кілт) және {pem} (сенімді деп қосылатын сертификат).</translation>
    </message>
    <message>
      <source>Password of the CA key</source>
      <translation>Куәландырушы орталық кілтінің құпиясөзі</translation>
    </message>
    <message>
      <source>Password for the new key</source>
      <translation>Жаңа кілттің құпиясөзі</translation>
    </message>
    <message>
      <source>Key written: {p12} (certificate {pem}).</source>
      <translation>Кілт жазылды: {p12} (сертификат {pem}).</translation>
    </message>
    <message>
      <source>No protocol has been finalized yet.</source>
      <translation>Әлі бірде-бір хаттама аяқталмаған.</translation>
    </message>
    <message>
      <source>Signed PDF written: {path}</source>
      <translation>Қол қойылған PDF жазылды: {path}</translation>
    </message>
    <message>
      <source>Repeat the password for the new CA key</source>
      <translation>Куәландырушы орталықтың жаңа кілтінің құпиясөзін қайталаңыз</translation>
    </message>
    <message>
      <source>Repeat the password for the new key</source>
      <translation>Жаңа кілттің құпиясөзін қайталаңыз</translation>
    </message>
    <message>
      <source>Precinct {precinct}, protocol version {version}, signed by {signer} (IIN {iin}) at {at}.</source>
      <translation>№{precinct} учаске, хаттаманың {version}-нұсқасы, қол қойған: {signer} (ЖСН {iin}), уақыты {at}.</translation>
    </message>
    <message>
      <source>FAILED: {message}</source>
      <translation>СӘТСІЗ: {message}</translation>
    </message>
    <message>
      <source>OK: every hash, both signatures, the journal and the QR codes agree.</source>
      <translation>ДҰРЫС: барлық хэштер, екі қолтаңба да, журнал және QR-кодтар сәйкес келеді.</translation>
    </message>
    <message>
      <source>No certificate was given with --trust, so no signature can be trusted.</source>
      <translation>--trust параметрімен бірде-бір сертификат берілмеді, сондықтан ешбір қолтаңбаға сенуге болмайды.</translation>
    </message>
  </context>
  <context>
    <name>terms</name>
    <message>
      <source>chair</source>
      <comment>chair</comment>
      <translation>төраға</translation>
    </message>
    <message>
      <source>secretary</source>
      <comment>secretary</comment>
      <translation>хатшы</translation>
    </message>
    <message>
      <source>clerk</source>
      <comment>clerk</comment>
      <translation>комиссия мүшесі</translation>
    </message>
    <message>
      <source>setting up</source>
      <comment>SETUP</comment>
      <translation>дайындық</translation>
    </message>
    <message>
      <source>open</source>
      <comment>OPEN</comment>
      <translation>ашық</translation>
    </message>
    <message>
      <source>closed</source>
      <comment>CLOSED</comment>
      <translation>жабық</translation>
    </message>
    <message>
      <source>counted</source>
      <comment>COUNTED</comment>
      <translation>саналды</translation>
    </message>
    <message>
      <source>finalized</source>
      <comment>FINALIZED</comment>
      <translation>аяқталды</translation>
    </message>
    <message>
      <source>opening</source>
      <comment>opening</comment>
      <translation>ашу алдындағы</translation>
    </message>
    <message>
      <source>periodic</source>
      <comment>periodic</comment>
      <translation>мерзімді</translation>
    </message>
    <message>
      <source>closing</source>
      <comment>closing</comment>
      <translation>жабу кезіндегі</translation>
    </message>
    <message>
      <source>race</source>
      <comment>race</comment>
      <translation>сайлау</translation>
    </message>
    <message>
      <source>region</source>
      <comment>region</comment>
      <translation>өңір</translation>
    </message>
    <message>
      <source>candidate</source>
      <comment>candidate</comment>
      <translation>үміткер</translation>
    </message>
    <message>
      <source>precinct</source>
      <comment>precinct</comment>
      <translation>учаске</translation>
    </message>
    <message>
      <source>station</source>
      <comment>station</comment>
      <translation>сайлау учаскесі</translation>
    </message>
    <message>
      <source>branch</source>
      <comment>branch</comment>
      <translation>филиал</translation>
    </message>
    <message>
      <source>male</source>
      <comment>M</comment>
      <translation>ер</translation>
    </message>
    <message>
      <source>female</source>
      <comment>F</comment>
      <translation>әйел</translation>
    </message>
    <message>
      <source>IIN</source>
      <comment>iin</comment>
      <translation>ЖСН</translation>
    </message>
    <message>
      <source>surname</source>
      <comment>surname</comment>
      <translation>тегі</translation>
    </message>
    <message>
      <source>given name</source>
      <comment>given_name</comment>
      <translation>аты</translation>
    </message>
    <message>
      <source>patronymic</source>
      <comment>patronymic</comment>
      <translation>әкесінің аты</translation>
    </message>
    <message>
      <source>birth date</source>
      <comment>birth_date</comment>
      <translation>туған күні</translation>
    </message>
    <message>
      <source>sex</source>
      <comment>sex</comment>
      <translation>жынысы</translation>
    </message>
    <message>
      <source>date of joining</source>
      <comment>joined_on</comment>
      <translation>партияға кірген күні</translation>
    </message>
    <message>
      <source>status</source>
      <comment>status</comment>
      <translation>мәртебесі</translation>
    </message>
    <message>
      <source>voting time</source>
      <comment>voted_at</comment>
      <translation>дауыс беру уақыты</translation>
    </message>
    <message>
      <source>choices</source>
      <comment>choices</comment>
      <translation>таңдаулар</translation>
    </message>
    <message>
      <source>unused ballots</source>
      <comment>unused</comment>
      <translation>пайдаланылмаған бюллетеньдер</translation>
    </message>
    <message>
      <source>ballots found in the box</source>
      <comment>found_in_box</comment>
      <translation>жәшіктен табылған бюллетеньдер</translation>
    </message>
    <message>
      <source>invalid ballots</source>
      <comment>invalid</comment>
      <translation>жарамсыз бюллетеньдер</translation>
    </message>
    <message>
      <source>votes</source>
      <comment>votes</comment>
      <translation>дауыстар</translation>
    </message>
    <message>
      <source>general</source>
      <comment>general</comment>
      <translation>жалпы</translation>
    </message>
    <message>
      <source>disorder</source>
      <comment>disorder</comment>
      <translation>тәртіп бұзу</translation>
    </message>
    <message>
      <source>health</source>
      <comment>health</comment>
      <translation>денсаулық</translation>
    </message>
    <message>
      <source>equipment</source>
      <comment>equipment</comment>
      <translation>жабдық</translation>
    </message>
    <message>
      <source>ballots</source>
      <comment>ballots</comment>
      <translation>бюллетеньдер</translation>
    </message>
    <message>
      <source>complaint</source>
      <comment>complaint</comment>
      <translation>шағым</translation>
    </message>
    <message>
      <source>power failure</source>
      <comment>power</comment>
      <translation>электр қуатының өшуі</translation>
    </message>
    <message>
      <source>other</source>
      <comment>other</comment>
      <translation>басқа</translation>
    </message>
    <message>
      <source>active</source>
      <comment>active</comment>
      <translation>белсенді</translation>
    </message>
    <message>
      <source>suspended</source>
      <comment>suspended</comment>
      <translation>тоқтатыла тұрған</translation>
    </message>
    <message>
      <source>imported</source>
      <comment>imported</comment>
      <translation>қабылданды</translation>
    </message>
    <message>
      <source>already imported</source>
      <comment>duplicate</comment>
      <translation>бұрын қабылданған</translation>
    </message>
    <message>
      <source>rejected</source>
      <comment>rejected</comment>
      <translation>қабылданбады</translation>
    </message>
    <message>
      <source>superseded</source>
      <comment>superseded</comment>
      <translation>жаңа нұсқамен ауыстырылды</translation>
    </message>
    <message>
      <source>in conflict</source>
      <comment>conflict</comment>
      <translation>қайшылықта</translation>
    </message>
    <message>
      <source>missing</source>
      <comment>missing</comment>
      <translation>келмеді</translation>
    </message>
    <message>
      <source>table</source>
      <comment>table</comment>
      <translation>кесте</translation>
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
      <translation>көрініс</translation>
    </message>
    <message>
      <source>add an officer</source>
      <comment>officer.add</comment>
      <translation>комиссия мүшесін қосу</translation>
    </message>
    <message>
      <source>import the member roll</source>
      <comment>roll.import</comment>
      <translation>партия мүшелерінің тізімін импорттау</translation>
    </message>
    <message>
      <source>import the online voters</source>
      <comment>online.import</comment>
      <translation>онлайн дауыс бергендерді импорттау</translation>
    </message>
    <message>
      <source>search the roll</source>
      <comment>search</comment>
      <translation>тізімнен іздеу</translation>
    </message>
    <message>
      <source>record ballots received</source>
      <comment>ballots.received</comment>
      <translation>алынған бюллетеньдерді есепке алу</translation>
    </message>
    <message>
      <source>open the station</source>
      <comment>station.open</comment>
      <translation>учаскені ашу</translation>
    </message>
    <message>
      <source>close the station</source>
      <comment>station.close</comment>
      <translation>учаскені жабу</translation>
    </message>
    <message>
      <source>issue a ballot</source>
      <comment>checkin</comment>
      <translation>бюллетень беру</translation>
    </message>
    <message>
      <source>void a check-in</source>
      <comment>checkin.void</comment>
      <translation>тіркеудің күшін жою</translation>
    </message>
    <message>
      <source>record a spoiled ballot</source>
      <comment>ballot.spoil</comment>
      <translation>бүлінген бюллетеньді есепке алу</translation>
    </message>
    <message>
      <source>record a checklist</source>
      <comment>checklist.run</comment>
      <translation>тексеру парағын жазу</translation>
    </message>
    <message>
      <source>open by exception</source>
      <comment>checklist.exception</comment>
      <translation>ерекшелік ретінде ашу</translation>
    </message>
    <message>
      <source>register an observer</source>
      <comment>observer.add</comment>
      <translation>байқаушыны тіркеу</translation>
    </message>
    <message>
      <source>record an observer's departure</source>
      <comment>observer.leave</comment>
      <translation>байқаушының кеткенін тіркеу</translation>
    </message>
    <message>
      <source>record an observer's remark</source>
      <comment>observer.remark</comment>
      <translation>байқаушының ескертпесін жазу</translation>
    </message>
    <message>
      <source>record an incident</source>
      <comment>incident.add</comment>
      <translation>оқиғаны тіркеу</translation>
    </message>
    <message>
      <source>print the paper list</source>
      <comment>paper.list</comment>
      <translation>қағаз тізімді басып шығару</translation>
    </message>
    <message>
      <source>choose the backup folder</source>
      <comment>backup.configure</comment>
      <translation>сақтық көшірме қалтасын таңдау</translation>
    </message>
    <message>
      <source>restore from a backup</source>
      <comment>station.restore</comment>
      <translation>сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
      <source>enter a count sheet</source>
      <comment>count.enter</comment>
      <translation>санау парағын енгізу</translation>
    </message>
    <message>
      <source>explain a warning</source>
      <comment>count.explain</comment>
      <translation>ескертуді түсіндіру</translation>
    </message>
    <message>
      <source>discard a count entry</source>
      <comment>count.discard</comment>
      <translation>санау енгізуін өшіру</translation>
    </message>
    <message>
      <source>reopen a count</source>
      <comment>count.reopen</comment>
      <translation>санауды қайта ашу</translation>
    </message>
    <message>
      <source>tally ballots</source>
      <comment>count.tally</comment>
      <translation>бюллетеньдерді бір-бірлеп санау</translation>
    </message>
    <message>
      <source>close the count</source>
      <comment>station.counted</comment>
      <translation>санауды аяқтау</translation>
    </message>
    <message>
      <source>finalize the protocol</source>
      <comment>protocol.finalize</comment>
      <translation>хаттаманы аяқтау</translation>
    </message>
    <message>
      <source>correct a finalized protocol</source>
      <comment>protocol.correct</comment>
      <translation>аяқталған хаттаманы түзету</translation>
    </message>
    <message>
      <source>export the protocol package</source>
      <comment>protocol.export</comment>
      <translation>хаттама пакетін экспорттау</translation>
    </message>
  </context>
</TS>
