using System;
using System.Collections.Generic;

namespace ArticleData.Engine.Extraction.Entities;

/// <summary>
/// The small closed word lists the entity rules read: titles, heads of organisation and place names, cue words,
/// the common words that start sentences. Hand-written English function words and news vocabulary, not data.
/// </summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words, StringComparer comparer) =>
        new(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), comparer);

    private static HashSet<string> Exact(string words) => Set(words, StringComparer.Ordinal);

    private static HashSet<string> Folded(string words) => Set(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that keep their full stop as part of the word ("Mr.", "Inc.", "Ill.").</summary>
    public static readonly HashSet<string> Abbreviations = Exact(@"
        Mr Mrs Ms Dr Prof St Mt Ft Jr Sr Gen Sen Gov Rep Rev Capt Col Lt Sgt Maj Adm Cmdr Insp Det Supt Hon Gens Sens Reps
        Inc Ltd Co Corp Bros Plc plc Cie Ave Blvd Rd No Nos vs etc Univ Dept
        Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo");

    /// <summary>Abbreviations after which a sentence does not end: titles and the like.</summary>
    public static readonly HashSet<string> NonFinalAbbreviations = Exact(@"
        Mr. Mrs. Ms. Dr. Prof. St. Mt. Ft. Gen. Sen. Gov. Rep. Rev. Capt. Col. Lt. Sgt. Maj. Adm. Cmdr. Insp. Det. Supt. Hon. No. Nos. vs.");

    /// <summary>Honorifics: stripped from a name, never a role of their own.</summary>
    public static readonly HashSet<string> Honorifics = Exact(@"
        Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Madam Mme Mme. M. Herr Frau Sr. Sra.");

    /// <summary>Capitalised titles that stand before a person's name ("President Vladimir Putin", "Sen. Warren").</summary>
    public static readonly HashSet<string> Titles = Exact(@"
        President Vice Prime Minister Ministers Chancellor Premier Secretary King Queen Prince Princess Pope Emperor Empress Sultan Emir Sheikh
        Mayor Governor Gov. Senator Sen. Rep. Representative Congressman Congresswoman Assemblyman Assemblywoman Councillor Councilman Councilwoman
        Judge Justice Magistrate Attorney General Gen. Colonel Col. Captain Capt. Lieutenant Lt. Major Maj. Sergeant Sgt. Admiral Adm. Commander Cmdr.
        Marshal Brigadier Corporal Commissioner Ambassador Envoy Director Chairman Chairwoman Chairperson Chair Chief Executive CEO
        Archbishop Bishop Cardinal Father Rev. Reverend Rabbi Imam Pastor Coach Inspector Insp. Detective Det. Officer Constable Superintendent Supt.
        Sheriff Prosecutor Chancellor Provost Speaker Leader Deputy Acting Former Foreign Finance Defence Defense Health Interior Justice Trade
        Economy Education Energy Environment Culture Transport Agriculture Labour Labor Home State Treasury Sports Sport Agriculture Industry
        Opposition Party Spokesman Spokeswoman Spokesperson Commander-in-Chief Auditor Comptroller Lord Lady Sir Dame Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss
        Prof Prof. Professor Crown Grand Duke Duchess Count Countess Baron Baroness Chief-Executive Manager Striker Midfielder Goalkeeper Defender");

    /// <summary>Title words that can end a title sequence before a name (the others only modify: "Foreign" in "Foreign Minister").</summary>
    public static readonly HashSet<string> TitleHeads = Exact(@"
        President Minister Chancellor Premier Secretary King Queen Prince Princess Pope Emperor Empress Sultan Emir Sheikh Mayor Governor Gov. Senator
        Sen. Rep. Representative Congressman Congresswoman Assemblyman Assemblywoman Councillor Councilman Councilwoman Judge Justice Magistrate
        General Gen. Colonel Col. Captain Capt. Lieutenant Lt. Major Maj. Sergeant Sgt. Admiral Adm. Commander Cmdr. Marshal Brigadier Corporal Commissioner
        Ambassador Envoy Director Chairman Chairwoman Chairperson CEO Archbishop Bishop Cardinal Father Rev. Reverend Rabbi Imam Pastor Coach
        Inspector Insp. Detective Det. Officer Constable Superintendent Supt. Sheriff Prosecutor Provost Speaker Leader Spokesman Spokeswoman
        Spokesperson Auditor Comptroller Lord Lady Sir Dame Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Prof Prof. Professor Duke Duchess Count Countess Baron
        Baroness Manager Striker Midfielder Goalkeeper Defender Executive");

    /// <summary>Lower-case role nouns: before a name ("analyst Priya Raman") or in an apposition (", a spokesperson for…").</summary>
    public static readonly HashSet<string> RoleNouns = Folded(@"
        president minister chancellor premier secretary king queen prince princess mayor governor senator representative congressman congresswoman
        judge justice magistrate general colonel captain lieutenant major sergeant admiral commander commissioner ambassador envoy director
        chairman chairwoman chairperson chair executive ceo cfo coo founder co-founder owner partner president archbishop bishop priest rabbi imam pastor
        coach manager striker midfielder goalkeeper defender forward winger captain player athlete champion spokesman spokeswoman spokesperson
        analyst economist strategist researcher scientist professor lecturer historian expert engineer doctor physician surgeon nurse epidemiologist
        virologist lawyer attorney barrister solicitor prosecutor counsel officer inspector detective constable sheriff superintendent author writer
        novelist poet journalist reporter editor correspondent photographer artist painter sculptor actor actress singer musician composer director
        producer filmmaker curator leader head chief deputy official aide adviser advisor consultant candidate lawmaker legislator politician activist
        campaigner organiser organizer volunteer resident farmer teacher principal student pupil mother father son daughter wife husband widow brother
        sister owner shopkeeper investor trader banker broker accountant auditor regulator negotiator mediator diplomat spokesman governor-general
        geologist volcanologist astronomer physicist chemist biologist ecologist climatologist meteorologist seismologist archaeologist curator
        director-general secretary-general vice-president chancellor dean provost rector warden administrator commissioner councillor councilor
        councilman councilwoman alderman treasurer comptroller ombudsman chieftain coordinator planner architect developer designer programmer
        entrepreneur billionaire millionaire businessman businesswoman tycoon executive-director midwife pharmacist veterinarian dentist paramedic
        firefighter soldier pilot astronaut driver sailor fisherman miner worker employee staffer intern member chairman-elect nominee appointee
        defendant plaintiff witness victim suspect survivor defenceman referee umpire jockey cyclist runner swimmer boxer wrestler golfer
        tennis-player batsman bowler manager-director operator owner-operator landlord tenant homeowner");

    /// <summary>Lower-case words of an apposition that say the name before it is a place ("Diggle, a village in…").</summary>
    public static readonly HashSet<string> PlaceNouns = Folded(@"
        town city village hamlet suburb district neighbourhood neighborhood borough county province region state country island peninsula
        capital port municipality commune parish settlement valley area enclave exclave territory archipelago republic kingdom emirate oblast
        prefecture canton river lake mountain volcano");

    /// <summary>Nouns of the people or parts of a place, before "of" ("residents of Makoko", "the outskirts of Kherson").</summary>
    public static readonly HashSet<string> DwellerNouns = Folded(@"
        residents inhabitants villagers townspeople citizens people outskirts streets suburbs centre center heart edge north south east west
        northern southern eastern western mayor");

    /// <summary>Lower-case words of an apposition that say the name before it is an organisation ("Oakmere Partners, a fund that…").</summary>
    public static readonly HashSet<string> OrganizationNouns = Folded(@"
        company firm group charity agency startup start-up bank lender insurer regulator fund manufacturer maker retailer developer consultancy
        broker brokerage carrier airline operator utility supplier publisher broadcaster newspaper network union party ministry department council
        authority organisation organization institute university college school club team association foundation trust campaign coalition
        think-tank conglomerate subsidiary chain producer miner exporter importer distributor provider unit body watchdog nonprofit non-profit ngo
        court tribunal commission committee board parliament assembly cooperative co-operative");

    /// <summary>Last words that make a name an organisation ("… Ltd", "… University", "… FC").</summary>
    public static readonly HashSet<string> OrganizationHeads = Exact(@"
        Inc Inc. Ltd Ltd. LLC LLP PLC Plc plc AG GmbH SA S.A. NV N.V. BV AB ASA Oyj SpA Corp Corp. Co Co. Company Companies Corporation Group Holdings
        Partners Capital Ventures Securities Investments Investment Bank Banks Bancorp Fund Funds Trust Insurance Assurance Financial Finance Equity
        Advisors Advisers Associates Consulting Consultants Systems Technologies Technology Labs Laboratories Pharmaceuticals Pharma Biologics
        Therapeutics Biotech Pharmacy Motors Airlines Airways Air Logistics Freight Shipping Lines Line Energy Energi Power Oil Petroleum Gas Mining
        Resources Foods Brewing Brewery Industries Manufacturing Electronics Semiconductor Telecom Communications Media News Times Post Herald
        Journal Gazette Tribune Guardian Telegraph Chronicle Press Radio Television TV Broadcasting Network Networks Studios Records Publishing
        Books Enterprises Agency Authority Commission Committee Council Ministry Department Office Bureau Service Services Administration Board
        Institute Institution Foundation Association Society Federation Confederation Union League Club FC F.C. AFC CF United Athletic Athletics
        Rovers Wanderers Academy University College School Schools Hospital Clinic Court Tribunal Parliament Senate Congress Assembly
        Party Movement Front Alliance Coalition Army Navy Force Forces Police Guard Command Corps Church Diocese Secretariat Cabinet Government
        Directorate Inspectorate Observatory Survey Council Chamber Exchange Research Organization Magazine Museum Gallery Galleries Democrats Republicans Socialists Conservatives Liberals Greens Cross Crescent Organisation Programme Program
        Cooperative Co-operative Railways Railway Rail Transit Water Utilities Recreation Parks Scheme Treasury Reserve Storting Library Libraries
        Ministries Departments Agencies Councils Committees Authorities Org");

    /// <summary>Services whose districts are bodies, not places ("Marlow Creek Independent School District", "Metropolitan Water District").</summary>
    public static readonly HashSet<string> DistrictServices = Exact(@"School Schools Water Fire Transit Sanitation Library Utility Irrigation Hospital");

    /// <summary>Lower-case nouns right before a name that make it an organisation ("the research firm Canalyte", "state broadcaster RÚV").</summary>
    public static readonly HashSet<string> OrganizationNounsBefore = Folded(@"
        firm company group broadcaster newspaper magazine journal tabloid daily website site outlet agency regulator watchdog insurer lender bank
        carrier airline retailer startup start-up conglomerate charity nonprofit team club band label publisher studio brewer automaker
        carmaker chipmaker drugmaker manufacturer network channel union party");

    /// <summary>Words that, first in a name, make it an organisation ("Ministry of Health", "University of Iceland").</summary>
    public static readonly HashSet<string> OrganizationStarts = Exact(@"
        Ministry Department Office University College Bank Institute Commission Committee Council Court Board Bureau Agency Authority Federation
        Association Society League Union Church Academy School Friends Senate House Federal National Royal Supreme Club");

    /// <summary>Heads of names of places ("Sangamon River", "River Wye", "Clear Lake Avenue").</summary>
    public static readonly HashSet<string> PlaceHeads = Exact(@"
        River Lake Lakes Sea Ocean Bay Gulf Strait Straits Channel Canal Creek Falls Island Islands Isle Isles Peninsula Cape Coast Mountain Mountains
        Mount Mt. Hill Hills Valley Desert Forest Park Square Street St. Avenue Ave. Road Rd. Boulevard Lane Way Drive Plaza Heights Springs Beach
        County Province Region District Borough Township Parish Prefecture Oblast State Territory Gap Basin Plain Plains Plateau Delta Glacier
        Highlands Lowlands Estuary Harbour Harbor Quarter Village Town City");

    /// <summary>Heads of names of facilities and other named things (typed Other: "Wembley Stadium", "Jomo Kenyatta International Airport").</summary>
    public static readonly HashSet<string> FacilityHeads = Exact(@"
        Airport Stadium Arena Bridge Tunnel Pipeline Dam Station Terminal Tower Centre Center Hall Palace Castle Cathedral
        Theatre Theater Prison Mosque Temple Church Towers Base Plant Mine Refinery Port Cup Championship Championships Games Olympics Festival Summit Prize Award Awards
        Act Treaty Accord Accords Agreement Convention Protocol Regulation Regulations Directive Charter Constitution Statute Ordinance Mission Hotel Resort Casino Mall Day Programme Program Project Initiative Plan
        Strategy War Revolution Crisis Conference Expo Fair Open Marathon Tour Grand Prix Premiership Trophy Medal");

    /// <summary>Lower-case nouns after a name that type it as a facility or other thing ("the Nordlys pipeline").</summary>
    public static readonly HashSet<string> FacilityNouns = Folded(@"
        pipeline bridge tunnel airport stadium dam station terminal refinery plant mine port reactor mission probe spacecraft satellite rocket
        telescope rover vaccine drug jab treatment festival summit prize award act bill treaty accord agreement programme program project
        operation exercise exercises drills offensive campaign tournament cup championship derby app apps platform website browser console");

    /// <summary>Lower-case nouns after a name that type it as a place ("the Reykjanes peninsula", "Kent county").</summary>
    public static readonly HashSet<string> PlaceNounsAfter = Folded(@"
        peninsula river valley region province county district island islands mountains mountain lake bay coast delta basin plateau desert
        gap area neighbourhood neighborhood suburb savanna border coast shore estuary plain plains steppe highlands archipelago countryside camp");

    /// <summary>Lower-case nouns after a name that make it an organisation ("Brightwell officials", "the Examplia website").</summary>
    public static readonly HashSet<string> OrganizationNounsAfter = Folded(@"
        officials spokesman spokeswoman spokesperson executives employees staff staffers lawyers attorney attorneys shareholders leadership
        organization organisation headquarters boss bosses chairman founder");

    /// <summary>Lower-case nouns right before a name that make it a work or a product ("the film Easy Rider", "the app PewPal").</summary>
    public static readonly HashSet<string> WorkNounsBefore = Folded(@"
        film movie documentary album song single book novel memoir play opera painting exhibition series show podcast app apps
        game platform browser chatbot software");

    /// <summary>Verbs of going somewhere, before "to" and a place ("travel to Sligo", "fled to Chad").</summary>
    public static readonly HashSet<string> MotionVerbs = Folded(@"
        travel travels travelled traveled travelling traveling go goes went move moves moved fly flies flew return returns returned
        head heads headed flee flees fled drive drove driven sail sailed relocate relocated deported evacuated trip journey");

    /// <summary>Lower-case nouns after a lone name that make it a place someone or something is from ("a Haarlem painter", "the Peoria contractor").</summary>
    public static readonly HashSet<string> OriginNounsAfter = Folded(@"
        native natives resident residents painter artist sculptor poet novelist musician contractor builder farmer rancher campus suburb");

    /// <summary>Lower-case nouns after a lone name that make it a leader's ("the Varoni government", "the Assad regime").</summary>
    public static readonly HashSet<string> LeaderNounsAfter = Folded(@"government administration cabinet presidency premiership regime");

    /// <summary>Articles of other languages opening a title ("la Gazzetta", "Le Monde"): a work's or a paper's name, never a person's.</summary>
    public static readonly HashSet<string> ForeignArticles = Folded(@"la le les il lo el los las die das het");

    /// <summary>Modifiers allowed between a name and its facility noun ("Power of Siberia 2 gas pipeline").</summary>
    public static readonly HashSet<string> FacilityModifiers = Folded(@"
        gas oil rail railway road power nuclear wind solar coal hydro hydroelectric water space football rugby cricket film music book");

    /// <summary>Words after which a name is most likely a place ("in Milton Keynes").</summary>
    public static readonly HashSet<string> PlacePrepositions = Folded(@"in near outside across throughout around into towards toward inside via beneath along off within between");

    /// <summary>Reporting verbs: a name before them is most likely a person or organisation.</summary>
    public static readonly HashSet<string> ReportingVerbs = Folded(@"
        said says say told tells added adds argued argues warned warns explained explains noted notes wrote writes stated states insisted insists
        claimed claims admitted admits acknowledged acknowledges announced announces confirmed confirms denied denies suggested suggests replied
        replies asked asks urged urges described describes believes believed thinks thought recalled recalls estimated estimates predicted
        predicts cautioned cautions conceded concedes declared declares");

    /// <summary>Verbs of a match result that join two teams ("Norway defeated Chile", "Ghana lost 0 – 3 to Portugal").</summary>
    public static readonly HashSet<string> ResultVerbs = Folded(@"
        defeated defeats beat beats faced faces drew draws lost loses thrashed thrashes edged edges trounced routed overcame overcomes
        eliminated eliminates knocked outplayed hammered stunned upset played plays meets met");

    /// <summary>Particles inside personal names ("Ursula von der Leyen", "Luiz da Costa", "Maria do Carmo Rosa").</summary>
    public static readonly HashSet<string> NameParticles = Exact(@"
        van von de da do dos das der den del della delle di du la le bin ibn al el ten ter y zu af");

    /// <summary>Months and weekdays: capitalised but not names (except inside one: "Ellen May").</summary>
    public static readonly HashSet<string> Calendar = Exact(@"
        January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday");

    /// <summary>Words that start a name with "of" after them ("Bank of England", "Power of Siberia").</summary>
    public static readonly HashSet<string> OfHeads = Exact(@"
        University Bank Ministry Department Office Court Council Commission Committee Institute Museum Senate House Power Friends Daughters Sons
        Lion Centre Center School College Academy Society Association Federation Union Board Chamber Church Cathedral Republic Kingdom State Bay
        Gulf Isle Sea Strait Straits Cape Province Battle Treaty Act Organization Organisation Agency Fund Authority Service Institute Corporation
        Festival Games Cup Party Front Movement Army Navy Force Forces Police Guard Command District Tribunal Assembly Parliament Congress Program
        Programme Secretariat Embassy Consulate Hospital Library Gallery Galleries Theatre Theater Orchestra Club League Conference Summit
        Foundation Trust Network Exchange Port Airport Station Square Palace Castle Tower Bridge Tunnel Canal Lake Mount Islands Coast Auditor-General
        Auditor Directorate Bureau Administration Institution Order Knights Guild Chapel Temple Mosque Monastery Abbey Mission Statue Isle Duchy
        Principality Emirate Sultanate Colony Commonwealth Declaration Charter Convention Protocol Agreement Accord Scheme Board Regulations
        Supreme Federal Council");

    /// <summary>Common words that begin sentences or headlines capitalised and are not names.</summary>
    public static readonly HashSet<string> CommonWords = Folded(@"
        a an the this that these those there here it its it's he she they we you i me him her them us our your their his my mine
        and or but nor so yet for of in on at to from by with without within into onto upon about above below over under after before
        during since until while when where why how what which who whom whose whatever whenever wherever however although though because
        if unless whether as than then thus hence also still even only just already again once further furthermore moreover meanwhile
        nevertheless nonetheless otherwise instead indeed despite amid among amongst between through throughout across against along around
        beyond toward towards via per both either neither each every all any some many much more most few fewer less least several such no not
        none nobody nothing someone something everyone everything anyone anything one two three four five six seven eight nine ten first second
        third last next new old other another same own very too quite rather almost nearly about around roughly approximately some
        yes no please thanks thank hello dear mr mrs ms dr
        is are was were be been being am do does did done have has had having will would shall should can could may might must
        let lets according asked speaking unlike like following regarding concerning including excluding given considering
        today yesterday tomorrow tonight now later earlier recently currently previously finally eventually initially overall
        officials analysts shares lawyers critics residents experts researchers scientists investors traders economists doctors police
        authorities prosecutors investigators witnesses sources opponents supporters voters leaders ministers diplomats observers
        campaigners activists workers employees students parents teachers fans players engineers volunteers farmers families children
        people many most some few several enemy central national local regional global international federal state public private
        image photo video picture source note update breaking exclusive analysis opinion editorial comment report reports
        chief senior junior former acting interim deputy vice executive
        north south east west northern southern eastern western northeast northwest southeast southwest
        earlier later last next second final top early late half full
        while whereas if though even still however therefore accordingly consequently");

    /// <summary>Capitalised words that are not names of entities: faiths, peoples and everyday acronyms.</summary>
    public static readonly HashSet<string> NotNames = Exact(@"
        Muslim Muslims Christian Christians Christianity Jewish Jew Jews Judaism Hindu Hindus Hinduism Buddhist Buddhists Buddhism Sikh Sikhs
        Catholic Catholics Protestant Protestants Islamic Islamist Islamists Islam Arab Arabs Arabic Latino Latinos Latina Hispanic Hispanics
        Sunni Sunnis Shia Shiite Shiites Orthodox Evangelical Evangelicals Anglican Anglicans Mormon Mormons Methodist Baptist Lutheran Kurd Kurds
        Kurdish Pashtun Tamil Tamils Berber Roma Jihadist Jihadists Communist Communists Socialist Socialists Democrat Democrats Republican
        Republicans Conservative Conservatives Liberal Liberals Marxist Nazi Nazis Fascist Fascists
        HIV AIDS GPS VIP GMT UTC BST CET EST PST CEO CFO COO CTO CIO MP MPs MEP MEPs GDP GNP VAT PhD MBA MD DNA RNA TV PC AI IT NB PS OK AM PM FM
        USB HTML PDF CPU GPU SUV ATM PIN ID IQ LGBT LGBTQ COVID SARS MRI ICU CCTV ETA FAQ DIY HR PR IPO ESG CO2 LNG LPG EV EVs SMS URL WiFi
        Internet Web God Bible Koran Quran Christmas Easter Ramadan Eid Diwali Hanukkah Thanksgiving Halloween Mass Sabbath");

    /// <summary>Function words: capitalised, they start a sentence or quotation, never continue a name ("Regina Ip In the…").</summary>
    public static readonly HashSet<string> FunctionWords = Exact(@"
        In On At For From By With To Of And Or But As If This That These Those It We He She They You His Her Its Their Our When While After
        Before Since Until Because Although Though Image Photo Video Source");

    /// <summary>Words that, first in a name of two or more words, make it a place ("West Midlands", "River Wye", "Lake Victoria").</summary>
    public static readonly HashSet<string> PlaceStarts = Exact(@"
        North South East West Northern Southern Eastern Western Central Upper Lower Greater New Mount Mt. Lake Loch River Cape Isle Gulf Bay Port");

    /// <summary>Legal suffixes: the name is certainly a company.</summary>
    public static readonly HashSet<string> CompanySuffixes = Exact(@"
        Inc Inc. Ltd Ltd. LLC LLP PLC Plc plc AG GmbH SA S.A. NV N.V. BV AB ASA Oyj SpA Corp Corp. Co. Holdings Group");

    /// <summary>Lower-case suffixes that turn a name into an adjective ("Ohio-based"): the name ends before the hyphen.</summary>
    public static readonly HashSet<string> HyphenAdjectives = Folded(@"
        based born led backed made owned run funded style era bound wide listed controlled registered linked friendly speaking sponsored allied
        aligned held built focused oriented centred centered dominated affiliated operated headquartered flagged like related critic critics room shirt
        type free inspired themed specific class level sized shaped language majority minority era style winner winning nominated nominee");
}
