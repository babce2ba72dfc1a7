/**
 * For reviewers, not for the bundle: how each name that came from research was checked, by medication
 * id and then name. `confirmed`: someone read a page (a stored copy of it, on `read`) that ties the
 * exact name to the medicine; `unverified`: no source was read for it yet, and the note says where to
 * look. The sign-off sheet lists every unverified name for the reviewer. Nothing the widget ships imports this.
 */
export type NameCheck =
  | { status: 'confirmed'; url: string; read: string }
  | { status: 'unverified'; note: string };

export const nameChecks: Readonly<Record<string, Readonly<Record<string, NameCheck>>>> = {
  phenindione: {
    Dindevan: {
      status: 'unverified',
      note: 'expected in: BNF (historic), TGA ARTG (historic)',
    },
    фениндион: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    Фенилин: {
      status: 'confirmed',
      url: 'https://zdorovi.net/preparaty/fenilin.html',
      read: '2026-12-07',
    },
  },
  warfarin: {
    Simarc: {
      status: 'confirmed',
      url: 'https://klikdokter.com/obat/obat-jantung/warfarin',
      read: '2026-12-07',
    },
    Rheoxen: {
      status: 'confirmed',
      url: 'https://klikdokter.com/obat/obat-jantung/warfarin',
      read: '2026-12-07',
    },
    Notisil: {
      status: 'confirmed',
      url: 'https://klikdokter.com/obat/obat-jantung/warfarin',
      read: '2026-12-07',
    },
    Warfmadin: {
      status: 'confirmed',
      url: 'https://ilac-kullanma-talimat.web.tr/warfmadin-r-5-mg-tablet-150606/kullanma-talimati',
      read: '2026-12-07',
    },
    هيموفارين: {
      status: 'confirmed',
      url: 'https://enabbaladi.net/291229/%D9%85%D8%A7-%D8%A7%D9%84%D8%B0%D9%8A-%D8%AA%D8%B9%D8%B1%D9%81%D9%87-%D8%B9%D9%86-%D8%AF%D9%88%D8%A7%D8%A1%D9%88%D8%A7%D8%B1%D9%81%D8%A7%D8%B1%D9%8A%D9%86%D8%9F/?amp=1',
      read: '2026-12-07',
    },
    Enifrav: {
      status: 'unverified',
      note: 'expected in: Infarmed Infomed',
    },
    Warfarex: {
      status: 'unverified',
      note: 'expected in: GRLS',
    },
    華法林: {
      status: 'confirmed',
      url: 'http://www.handmsg.com/page/2019/0118/16008035.shtml',
      read: '2026-12-07',
    },
    可邁丁: {
      status: 'confirmed',
      url: 'http://kinmen.taiwan-pharma.org.tw/node/6183',
      read: '2026-12-07',
    },
    쿠마딘: {
      status: 'confirmed',
      url: 'https://dntkswnrhd.tistory.com/entry/%ED%98%88%EC%A0%84-%EC%A6%9D%EC%83%81-%EC%98%88%EB%B0%A9-%ED%95%AD%EC%9D%91%EA%B3%A0%EC%A0%9C-%EC%99%80%ED%8C%8C%EB%A6%B0-%EC%BF%A0%EB%A7%88%EB%94%98-%ED%9A%A8%EB%8A%A5-%EB%B6%80%EC%9E%91%EC%9A%A9-%EB%AA%A8%EB%93%A0%EA%B2%83%EB%93%A4',
      read: '2026-12-07',
    },
    Варфарекс: {
      status: 'confirmed',
      url: 'https://medum.ru/varfareks',
      read: '2026-12-07',
    },
  },
  acenocoumarol: {
    Minisintrom: {
      status: 'unverified',
      note: 'expected in: ANSM BDPM',
    },
    Sincumar: {
      status: 'unverified',
      note: 'expected in: GRLS (historic)',
    },
    аценокумарол: {
      status: 'confirmed',
      url: 'https://acmespb.ru/trade/sinkumar',
      read: '2026-12-07',
    },
    Синкумар: {
      status: 'confirmed',
      url: 'https://acmespb.ru/trade/sinkumar',
      read: '2026-12-07',
    },
  },
  'ethyl-biscoumacetate': {
    Tromexan: {
      status: 'unverified',
      note: 'expected in: historic (Geigy)',
    },
  },
  diphenadione: {
    Dipaxin: {
      status: 'unverified',
      note: 'expected in: historic (Upjohn)',
    },
  },
  tioclomarol: {
    Apegmone: {
      status: 'unverified',
      note: 'expected in: historic (ANSM)',
    },
  },
  heparin: {
    ηπαρίνη: {
      status: 'confirmed',
      url: 'https://gnosiatriki.gr/farmako-clexane-odigies-parenergeies-endeixeis/',
      read: '2026-12-07',
    },
    Monoparin: {
      status: 'unverified',
      note: 'expected in: BNF / emc',
    },
    Multiparin: {
      status: 'unverified',
      note: 'expected in: BNF / emc',
    },
    Hepsal: {
      status: 'unverified',
      note: 'expected in: BNF (heparin flush)',
    },
    Canusal: {
      status: 'unverified',
      note: 'expected in: BNF (heparin flush)',
    },
    Liquemin: {
      status: 'unverified',
      note: 'expected in: compendium.ch / Rote Liste (historic DE)',
    },
    Calciparine: {
      status: 'unverified',
      note: 'expected in: ANSM BDPM / BCFI',
    },
    Calciparina: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
    ヘパリン: {
      status: 'confirmed',
      url: 'http://www.naoru.com/heparinsodium.html',
      read: '2026-12-07',
    },
    肝素: {
      status: 'confirmed',
      url: 'http://m.huangye88.com/jiaoyuzhuangbei-shiyanshishebe/be27p5ko0555d3.html',
      read: '2026-12-07',
    },
    헤파린: {
      status: 'confirmed',
      url: 'https://care-together.tistory.com/108',
      read: '2026-12-07',
    },
    гепарин: {
      status: 'confirmed',
      url: 'https://foit.ru/ointment/geparin-moshchnyi-antikoagulyant-pri-profilaktike-i-lechenii/',
      read: '2026-12-07',
    },
  },
  antithrombin: {
    'Thrombate III': {
      status: 'unverified',
      note: 'expected in: FDA',
    },
    ATryn: {
      status: 'unverified',
      note: 'expected in: FDA / EMA EPAR',
    },
    'Kybernin P': {
      status: 'unverified',
      note: 'expected in: Rote Liste / Austria-Codex',
    },
    Anbinex: {
      status: 'unverified',
      note: 'expected in: AEMPS CIMA',
    },
    Atenativ: {
      status: 'unverified',
      note: 'expected in: FASS / Felleskatalogen',
    },
    アンチトロンビン: {
      status: 'confirmed',
      url: 'https://jsth.medical-words.jp/words/word-577',
      read: '2026-12-07',
    },
    アコアラン: {
      status: 'confirmed',
      url: 'http://medical.nikkeibp.co.jp/leaf/all/series/drug/update/201507/543143.html',
      read: '2026-12-07',
    },
    ノイアート: {
      status: 'confirmed',
      url: 'https://jsth.medical-words.jp/words/word-577',
      read: '2026-12-07',
    },
    アンスロビンP: {
      status: 'confirmed',
      url: 'http://di-pedia.com:808/DIC_GOOCO/Attach/6343424D2071_1_08.html',
      read: '2026-12-07',
    },
  },
  dalteparin: {
    Fragmine: {
      status: 'unverified',
      note: 'expected in: ANSM BDPM',
    },
    ダルテパリン: {
      status: 'confirmed',
      url: 'https://www.kegg.jp/medicus-bin/japic_med?japic_code=00057418',
      read: '2026-12-07',
    },
    フラグミン: {
      status: 'confirmed',
      url: 'https://www.kegg.jp/medicus-bin/japic_med?japic_code=00057418',
      read: '2026-12-07',
    },
    达肝素钠: {
      status: 'confirmed',
      url: 'http://www.120ty.net/bencandy.php?fid=141&id=46364',
      read: '2026-12-07',
    },
    法安明: {
      status: 'confirmed',
      url: 'https://120.net/yp/jieshao/8go6aeb62vc9f5a7.html',
      read: '2026-12-07',
    },
    달테파린: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    'далтепарин натрия': {
      status: 'confirmed',
      url: 'https://hmlk.ru/fragmin-5000-fragmin---oficialnaya-instrukciya-po-primeneniyu-ogranicheniya-dlya/',
      read: '2026-12-07',
    },
    Фрагмин: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  enoxaparin: {
    ইনোপারিন: {
      status: 'confirmed',
      url: 'https://meditopix.com/bn/medicine/enoparin-8000-anti-xa-injection',
      read: '2026-12-07',
    },
    Ghemaxan: {
      status: 'confirmed',
      url: 'https://www.liekinfo.sk/liek-ghemaxan-10-000-iu-(100-mg)-1-ml-injekcny-roztok-naplneny-v-injekcnej-striekacke-117990-spc',
      read: '2026-12-07',
    },
    Axeparin: {
      status: 'confirmed',
      url: 'https://ilaclar.net/axeparin-anti-xa-4000-iu-04-ml-enjeksiyonluk-cozelti-iceren/i/kisa-urun-bilgisi',
      read: '2026-12-07',
    },
    Thorinane: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
    Elonox: {
      status: 'unverified',
      note: 'expected in: Health Canada DPD',
    },
    Redesca: {
      status: 'unverified',
      note: 'expected in: Health Canada DPD',
    },
    Arovi: {
      status: 'unverified',
      note: 'expected in: EMA / national',
    },
    Lupenox: {
      status: 'unverified',
      note: 'expected in: CDSCO (Lupin)',
    },
    エノキサパリン: {
      status: 'confirmed',
      url: 'https://meddic.jp/index.php/%E3%83%95%E3%83%A9%E3%82%B0%E3%83%9F%E3%83%B3',
      read: '2026-12-07',
    },
    クレキサン: {
      status: 'confirmed',
      url: 'https://meddic.jp/index.php/%E3%83%95%E3%83%A9%E3%82%B0%E3%83%9F%E3%83%B3',
      read: '2026-12-07',
    },
    依诺肝素: {
      status: 'confirmed',
      url: 'https://m.jinchutou.com/p-147147415.html',
      read: '2026-12-07',
    },
    克赛: {
      status: 'confirmed',
      url: 'https://m.jinchutou.com/p-147147415.html',
      read: '2026-12-07',
    },
    依諾肝素: {
      status: 'confirmed',
      url: 'http://www.healthway.tips/content/464636313032353032363442.html',
      read: '2026-12-07',
    },
    에녹사파린: {
      status: 'confirmed',
      url: 'https://healthcode1.tistory.com/218',
      read: '2026-12-07',
    },
    크렉산: {
      status: 'confirmed',
      url: 'https://healthcode1.tistory.com/218',
      read: '2026-12-07',
    },
    'эноксапарин натрия': {
      status: 'confirmed',
      url: 'https://apteka.ru/kaluga/preparation/kleksan',
      read: '2026-12-07',
    },
    Клексан: {
      status: 'confirmed',
      url: 'https://daribar.kz/products/kleksan-rastvor-dlja-in-ekcij-v-shprice-4000-me-anti-ha-me-0-4ml-2-sanofi-winthrop-industrie--2586f116-c4ec-49de-b946-423eeb4a5714',
      read: '2026-12-07',
    },
    Эниксум: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  nadroparin: {
    Fraksiparin: {
      status: 'confirmed',
      url: 'http://hr.medicaldewata.com/nizkomolekuljarnyj-geparin-preparaty.html',
      read: '2026-12-07',
    },
    Fraxiparina: {
      status: 'unverified',
      note: 'expected in: AIFA / AEMPS / Infarmed',
    },
    'надропарин кальция': {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    Фраксипарин: {
      status: 'confirmed',
      url: 'https://rx.ua/ru/info/fraksiparin',
      read: '2026-12-07',
    },
    那屈肝素钙: {
      status: 'confirmed',
      url: 'http://mbji.cn/mbji/低分子肝素钙注射液/5855287',
      read: '2026-12-07',
    },
    速碧林: {
      status: 'confirmed',
      url: 'http://www.nbdyf.com/yaopinmulu/14556.html',
      read: '2026-12-07',
    },
    나드로파린: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  parnaparin: {
    Fluxum: {
      status: 'unverified',
      note: 'expected in: AIFA / GRLS',
    },
    'парнапарин натрия': {
      status: 'confirmed',
      url: 'https://rukovodstvorus.ru/flyuksum-instrukcziya-po-primeneniyu-czena-tabletki',
      read: '2026-12-07',
    },
    Флюксум: {
      status: 'confirmed',
      url: 'https://rukovodstvorus.ru/flyuksum-instrukcziya-po-primeneniyu-czena-tabletki',
      read: '2026-12-07',
    },
  },
  reviparin: {
    Clivarin: {
      status: 'unverified',
      note: 'expected in: Rote Liste / GRLS',
    },
    'ревипарин натрия': {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    Кливарин: {
      status: 'confirmed',
      url: 'http://lekarstva-bg.eu/lekarstva/c/clivarin-pen-sol-inj-5-7-anti-xa-iu-ml-3-ml-x-1',
      read: '2026-12-07',
    },
  },
  danaparoid: {
    Orgaran: {
      status: 'unverified',
      note: 'expected in: BNF, HPRA, Rote Liste, compendium.ch, TGA, Health Canada, PMDA',
    },
    ダナパロイド: {
      status: 'confirmed',
      url: 'http://www.kegg.jp/medicus-bin/japic_med?japic_code=00057538',
      read: '2026-12-07',
    },
    オルガラン: {
      status: 'confirmed',
      url: 'http://www.kegg.jp/medicus-bin/japic_med?japic_code=00057538',
      read: '2026-12-07',
    },
  },
  tinzaparin: {
    Logiparin: {
      status: 'unverified',
      note: 'expected in: historic',
    },
    'тинзапарин натрия': {
      status: 'confirmed',
      url: 'https://medvisor.ru/medicine/substance/tinzaparin-natriya_28642/',
      read: '2026-12-07',
    },
  },
  sulodexide: {
    'Vessel Due F': {
      status: 'unverified',
      note: 'expected in: AIFA / GRLS / URPL',
    },
    Aterina: {
      status: 'unverified',
      note: 'expected in: AEMPS CIMA',
    },
    сулодексид: {
      status: 'confirmed',
      url: 'https://ps.newdiamed.ru/issue/id29098/id29280',
      read: '2026-12-07',
    },
    'Вессел Дуэ Ф': {
      status: 'confirmed',
      url: 'https://ps.newdiamed.ru/issue/id29098/id29280',
      read: '2026-12-07',
    },
  },
  bemiparin: {
    Hibor: {
      status: 'unverified',
      note: 'expected in: AEMPS CIMA',
    },
    Zibor: {
      status: 'unverified',
      note: 'expected in: BNF / HPRA / Rote Liste / URPL',
    },
    Ivor: {
      status: 'unverified',
      note: 'expected in: Infarmed / AEMPS',
    },
    'бемипарин натрия': {
      status: 'confirmed',
      url: 'https://m.iliveok.com/health/cybor_132000i15828.html',
      read: '2026-12-07',
    },
  },
  certoparin: {
    'Mono-Embolex': {
      status: 'unverified',
      note: 'expected in: Rote Liste / Austria-Codex',
    },
    Sandoparin: {
      status: 'unverified',
      note: 'expected in: historic',
    },
  },
  desirudin: {
    Iprivask: {
      status: 'unverified',
      note: 'expected in: FDA',
    },
    Revasc: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
  },
  lepirudin: {
    Refludan: {
      status: 'unverified',
      note: 'expected in: FDA / EMA EPAR',
    },
  },
  argatroban: {
    Novastan: {
      status: 'unverified',
      note: 'expected in: PMDA',
    },
    Slonnon: {
      status: 'unverified',
      note: 'expected in: PMDA',
    },
    Argatra: {
      status: 'unverified',
      note: 'expected in: Rote Liste / Austria-Codex',
    },
    Arganova: {
      status: 'unverified',
      note: 'expected in: BNF / HPRA',
    },
    Exembol: {
      status: 'unverified',
      note: 'expected in: ANSM / BCFI',
    },
    アルガトロバン: {
      status: 'confirmed',
      url: 'https://jsth.medical-words.jp/words/word-473',
      read: '2026-12-07',
    },
    ノバスタン: {
      status: 'confirmed',
      url: 'https://ja.m.wikipedia.org/wiki/%E3%82%A2%E3%83%AB%E3%82%AC%E3%83%88%E3%83%AD%E3%83%90%E3%83%B3',
      read: '2026-12-07',
    },
    スロンノン: {
      status: 'confirmed',
      url: 'https://meds.qlifepro.com/detail/2190408A2026/%e3%82%b9%e3%83%ad%e3%83%b3%e3%83%8e%e3%83%b3%ef%bc%a8%ef%bc%a9%e6%b3%a8%ef%bc%91%ef%bc%90%ef%bd%8d%ef%bd%87%ef%bc%8f%ef%bc%92%ef%bd%8d%ef%bc%ac',
      read: '2026-12-07',
    },
    阿加曲班: {
      status: 'confirmed',
      url: 'https://yao86.com/%E8%A5%BF%E8%8D%AF/%E9%98%BF%E5%8A%A0%E6%9B%B2%E7%8F%AD%E6%B3%A8%E5%B0%84%E6%B6%B2',
      read: '2026-12-07',
    },
    아르가트로반: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    аргатробан: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  ximelagatran: {
    Exanta: {
      status: 'unverified',
      note: 'expected in: historic national approvals (AstraZeneca)',
    },
  },
  bivalirudin: {
    Angiomax: {
      status: 'unverified',
      note: 'expected in: FDA DailyMed / Health Canada / TGA',
    },
    Angiox: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
    ビバリルジン: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    比伐芦定: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    비발리루딘: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    бивалирудин: {
      status: 'confirmed',
      url: 'http://apteka.isety.net/lot.php?id=233665&opr=1',
      read: '2026-12-07',
    },
  },
  dabigatran: {
    ダビガトラン: {
      status: 'confirmed',
      url: 'http://medical.itp.ne.jp/kusuri/shohou-20120000000023/',
      read: '2026-12-07',
    },
    プラザキサ: {
      status: 'confirmed',
      url: 'https://medley.life/medicines/prescription/3339001M1024/',
      read: '2026-12-07',
    },
    达比加群: {
      status: 'confirmed',
      url: 'https://wiwiwikim.kfd.me/zh-hans/%E9%81%94%E6%AF%94%E5%8A%A0%E7%BE%A4',
      read: '2026-12-07',
    },
    泰毕全: {
      status: 'confirmed',
      url: 'https://yao86.com/%E8%A5%BF%E8%8D%AF/%E8%BE%BE%E6%AF%94%E5%8A%A0%E7%BE%A4%E9%85%AF',
      read: '2026-12-07',
    },
    達比加群: {
      status: 'confirmed',
      url: 'http://www.kangpa.org/article/10.7507/1002-0179.201508124',
      read: '2026-12-07',
    },
    普栓達: {
      status: 'confirmed',
      url: 'http://pharmacy.fjuh.fju.edu.tw/Key_Search/P4?query=PRA20',
      read: '2026-12-07',
    },
    다비가트란: {
      status: 'confirmed',
      url: 'https://nedrug.mfds.go.kr/pbp/CCBBB01/getItemDetailCache?cacheSeq=201100749aupdateTs2024-06-02+16%3A11%3A45.0b',
      read: '2026-12-07',
    },
    프라닥사: {
      status: 'confirmed',
      url: 'https://nedrug.mfds.go.kr/pbp/CCBBB01/getItemDetailCache?cacheSeq=201100749aupdateTs2024-06-02+16%3A11%3A45.0b',
      read: '2026-12-07',
    },
    дабигатран: {
      status: 'confirmed',
      url: 'https://compendium.com.ua/info/211149/pradaksa-sup-sup-',
      read: '2026-12-07',
    },
    'дабигатрана этексилат': {
      status: 'confirmed',
      url: 'https://aptekalegko.ru/pgt-novii-gorodok/product/pradaksa-150mg-60sht-kapsuli-productid27bbaec8-c2ac-4655-9d33-61b4f6470c03',
      read: '2026-12-07',
    },
    Прадакса: {
      status: 'confirmed',
      url: 'https://aptekalegko.ru/pgt-novii-gorodok/product/pradaksa-150mg-60sht-kapsuli-productid27bbaec8-c2ac-4655-9d33-61b4f6470c03',
      read: '2026-12-07',
    },
  },
  rivaroxaban: {
    নস্ট্রোক: {
      status: 'confirmed',
      url: 'https://bn.mariejavet.com/4900-rivaroxaban',
      read: '2026-12-07',
    },
    Арриксардо: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/xarelto-13643.html',
      read: '2026-12-07',
    },
    Риваксоред: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/xarelto-13643.html',
      read: '2026-12-07',
    },
    Риваксаб: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/xarelto-13643.html',
      read: '2026-12-07',
    },
    Ксилтесс: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/xarelto-13643.html',
      read: '2026-12-07',
    },
    Круоксабан: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/xarelto-13643.html',
      read: '2026-12-07',
    },
    Зинакорен: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/xarelto-13643.html',
      read: '2026-12-07',
    },
    Rivoksar: {
      status: 'confirmed',
      url: 'https://ilacrehberi.com/v/rivoksar-10-mg-film-kapl-tablet-10f94/kub/klinik-ozellikler',
      read: '2026-12-07',
    },
    Rivarox: {
      status: 'confirmed',
      url: 'https://bangladoctor.com/what-does-rivarox-10-mg-do/',
      read: '2026-12-07',
    },
    リバーロキサバン: {
      status: 'confirmed',
      url: 'https://medical.itp.ne.jp/kusuri/shohou-20120000000592/',
      read: '2026-12-07',
    },
    イグザレルト: {
      status: 'confirmed',
      url: 'https://meds.qlifepro.com/detail/3339003F5020/%E3%82%A4%E3%82%B0%E3%82%B6%E3%83%AC%E3%83%AB%E3%83%88%E9%8C%A0%EF%BC%92%EF%BC%8E%EF%BC%95%EF%BD%8D%EF%BD%87',
      read: '2026-12-07',
    },
    利伐沙班: {
      status: 'confirmed',
      url: 'http://m.xinyao.com.cn/drug/122287',
      read: '2026-12-07',
    },
    拜瑞妥: {
      status: 'confirmed',
      url: 'http://m.xinyao.com.cn/drug/122287',
      read: '2026-12-07',
    },
    리바록사반: {
      status: 'confirmed',
      url: 'https://nedrug.mfds.go.kr/pbp/CCBBB01/getItemDetail?itemSeq=200902650',
      read: '2026-12-07',
    },
    자렐토: {
      status: 'confirmed',
      url: 'https://nedrug.mfds.go.kr/pbp/CCBBB01/getItemDetail?itemSeq=200902650',
      read: '2026-12-07',
    },
    ривароксабан: {
      status: 'confirmed',
      url: 'https://usoktyabrsky.vapteke.ru/search/item/ksarelto-tabl-po-plenochnoy-20-mg-n14_148191',
      read: '2026-12-07',
    },
    Ксарелто: {
      status: 'confirmed',
      url: 'https://usoktyabrsky.vapteke.ru/search/item/ksarelto-tabl-po-plenochnoy-20-mg-n14_148191',
      read: '2026-12-07',
    },
  },
  apixaban: {
    অ্যাপিক্সান: {
      status: 'confirmed',
      url: 'https://meditopix.com/bn/medicine/apixan',
      read: '2026-12-07',
    },
    Elixaban: {
      status: 'confirmed',
      url: 'https://vidal.ge/drugs/elixaban',
      read: '2026-12-07',
    },
    アピキサバン: {
      status: 'confirmed',
      url: 'http://www.120ty.net/bencandy.php?fid=141&id=24164',
      read: '2026-12-07',
    },
    エリキュース: {
      status: 'confirmed',
      url: 'http://www.120ty.net/bencandy.php?fid=141&id=24164',
      read: '2026-12-07',
    },
    阿哌沙班: {
      status: 'confirmed',
      url: 'https://www.otandp.com/zh-hk/medicines-in-hong-kong/apixaban?hsLang=zh-hk',
      read: '2026-12-07',
    },
    艾乐妥: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    艾必克凝: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    凝血通: {
      status: 'confirmed',
      url: 'https://www.eliquishk.com',
      read: '2026-12-07',
    },
    아픽사반: {
      status: 'confirmed',
      url: 'https://www.bms.com/kr/our-medicines-new/pi-list/eliquis-pi.html',
      read: '2026-12-07',
    },
    엘리퀴스: {
      status: 'confirmed',
      url: 'https://www.bms.com/kr/our-medicines-new/pi-list/eliquis-pi.html',
      read: '2026-12-07',
    },
    апиксабан: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/elikvis-10648.html',
      read: '2026-12-07',
    },
    Эликвис: {
      status: 'confirmed',
      url: 'https://lsgeotar.ru/ru/elikvis-10648.html',
      read: '2026-12-07',
    },
  },
  edoxaban: {
    エドキサバン: {
      status: 'confirmed',
      url: 'https://medical-tribune.co.jp/service/ndb/detail.php?blogid=ndb&entryid=3339002F3022',
      read: '2026-12-07',
    },
    リクシアナ: {
      status: 'confirmed',
      url: 'https://www.kegg.jp/medicus-bin/japic_med?japic_code=00063167',
      read: '2026-12-07',
    },
    艾多沙班: {
      status: 'confirmed',
      url: 'https://yao86.com/%E8%A5%BF%E8%8D%AF/%E7%94%B2%E8%8B%AF%E7%A3%BA%E9%85%B8%E8%89%BE%E5%A4%9A%E6%B2%99%E7%8F%AD%E7%89%87',
      read: '2026-12-07',
    },
    里先安: {
      status: 'confirmed',
      url: 'https://yao86.com/%E8%A5%BF%E8%8D%AF/%E7%94%B2%E8%8B%AF%E7%A3%BA%E9%85%B8%E8%89%BE%E5%A4%9A%E6%B2%99%E7%8F%AD%E7%89%87',
      read: '2026-12-07',
    },
    에독사반: {
      status: 'confirmed',
      url: 'https://healtho.co.kr/news/view.php?idx=81264&mcode=m43yi37',
      read: '2026-12-07',
    },
    릭시아나: {
      status: 'confirmed',
      url: 'https://healtho.co.kr/news/view.php?idx=81264&mcode=m43yi37',
      read: '2026-12-07',
    },
    эдоксабан: {
      status: 'confirmed',
      url: 'http://telegra.ph/novye-oralnye-antikoagulyanty-noak-chast-2-01-27',
      read: '2026-12-07',
    },
  },
  betrixaban: {
    Bevyxxa: {
      status: 'unverified',
      note: 'expected in: FDA',
    },
  },
  fondaparinux: {
    Quixidar: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
    フォンダパリヌクス: {
      status: 'confirmed',
      url: 'https://www.aspenpharma.co.jp/product/files_asp/5/arx5_75_pi/arx5_75_pi.html',
      read: '2026-12-07',
    },
    アリクストラ: {
      status: 'confirmed',
      url: 'https://www.aspenpharma.co.jp/product/files_asp/5/arx5_75_pi/arx5_75_pi.html',
      read: '2026-12-07',
    },
    磺达肝癸钠: {
      status: 'confirmed',
      url: 'http://xxgbxzz.paperopen.com/oa/DArticle.aspx?id=202202053&type=view',
      read: '2026-12-07',
    },
    磺達肝癸鈉: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    폰다파리눅스: {
      status: 'confirmed',
      url: 'https://care-together.tistory.com/108',
      read: '2026-12-07',
    },
    아릭스트라: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    'фондапаринукс натрия': {
      status: 'confirmed',
      url: 'https://apteka.uz/uz/offer/arikstra-rastvor',
      read: '2026-12-07',
    },
    Арикстра: {
      status: 'confirmed',
      url: 'https://medicamentus.com/ru/info/937-arikstra',
      read: '2026-12-07',
    },
  },
  aspirin: {
    Bufferin: {
      status: 'unverified',
      note: 'expected in: FDA (OTC)',
    },
    'St. Joseph': {
      status: 'unverified',
      note: 'expected in: FDA (OTC, low-dose)',
    },
    Durlaza: {
      status: 'unverified',
      note: 'expected in: FDA DailyMed',
    },
    Vazalore: {
      status: 'unverified',
      note: 'expected in: FDA (OTC)',
    },
    Entrophen: {
      status: 'unverified',
      note: 'expected in: Health Canada DPD',
    },
    Asaphen: {
      status: 'unverified',
      note: 'expected in: Health Canada DPD',
    },
    Novasen: {
      status: 'unverified',
      note: 'expected in: Health Canada DPD',
    },
    Caprin: {
      status: 'unverified',
      note: 'expected in: BNF',
    },
    'Nu-Seals': {
      status: 'unverified',
      note: 'expected in: BNF (historic)',
    },
    Astrix: {
      status: 'unverified',
      note: 'expected in: TGA ARTG / MFDS',
    },
    Cardiprin: {
      status: 'unverified',
      note: 'expected in: TGA ARTG',
    },
    Aspro: {
      status: 'unverified',
      note: 'expected in: TGA ARTG',
    },
    Solprin: {
      status: 'unverified',
      note: 'expected in: TGA ARTG',
    },
    Kardégic: {
      status: 'unverified',
      note: 'expected in: ANSM BDPM',
    },
    Aspégic: {
      status: 'unverified',
      note: 'expected in: ANSM BDPM / BCFI',
    },
    Resitune: {
      status: 'unverified',
      note: 'expected in: ANSM BDPM',
    },
    Asaflow: {
      status: 'unverified',
      note: 'expected in: BCFI/CBIP',
    },
    Sedergine: {
      status: 'unverified',
      note: 'expected in: BCFI / ANSM',
    },
    Adiro: {
      status: 'unverified',
      note: 'expected in: AEMPS CIMA',
    },
    Tromalyt: {
      status: 'unverified',
      note: 'expected in: AEMPS CIMA / Infarmed',
    },
    Aspirina: {
      status: 'unverified',
      note: 'expected in: AEMPS / AIFA / Infarmed',
    },
    Cardioaspirin: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
    Aspirinetta: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
    Ascriptin: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
    Flectadol: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
    Trombyl: {
      status: 'unverified',
      note: 'expected in: FASS',
    },
    Magnecyl: {
      status: 'unverified',
      note: 'expected in: FASS',
    },
    Bamyl: {
      status: 'unverified',
      note: 'expected in: FASS',
    },
    'Albyl-E': {
      status: 'unverified',
      note: 'expected in: Felleskatalogen',
    },
    Hjertemagnyl: {
      status: 'unverified',
      note: 'expected in: medicin.dk',
    },
    Magnyl: {
      status: 'unverified',
      note: 'expected in: medicin.dk',
    },
    Primaspan: {
      status: 'unverified',
      note: 'expected in: Pharmaca Fennica',
    },
    Disperin: {
      status: 'unverified',
      note: 'expected in: Pharmaca Fennica',
    },
    Acard: {
      status: 'unverified',
      note: 'expected in: URPL',
    },
    Polocard: {
      status: 'unverified',
      note: 'expected in: URPL',
    },
    Polopiryna: {
      status: 'unverified',
      note: 'expected in: URPL',
    },
    Bayaspirin: {
      status: 'unverified',
      note: 'expected in: PMDA',
    },
    Ecosprin: {
      status: 'unverified',
      note: 'expected in: CDSCO (USV)',
    },
    Cardiomagnyl: {
      status: 'unverified',
      note: 'expected in: GRLS',
    },
    Acecardol: {
      status: 'unverified',
      note: 'expected in: GRLS',
    },
    アスピリン: {
      status: 'confirmed',
      url: 'https://shirobon.net/drugprice/3399100F1116/?kind=2&search_text=ライオン',
      read: '2026-12-07',
    },
    阿司匹林: {
      status: 'confirmed',
      url: 'https://wapask.39.net/question/88066976.html',
      read: '2026-12-07',
    },
    拜阿司匹灵: {
      status: 'confirmed',
      url: 'https://wapask.39.net/question/88066976.html',
      read: '2026-12-07',
    },
    阿斯匹靈: {
      status: 'confirmed',
      url: 'https://health.ettoday.net/news/3094204',
      read: '2026-12-07',
    },
    伯基: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    아스피린: {
      status: 'confirmed',
      url: 'https://www.duhoctrungquoc.vn/wiki/ko/아스피린',
      read: '2026-12-07',
    },
    아스트릭스: {
      status: 'confirmed',
      url: 'https://ajunews.com/view/20090519000008',
      read: '2026-12-07',
    },
    'ацетилсалициловая кислота': {
      status: 'confirmed',
      url: 'https://checkmed.info/catalog/1963?interaction=37878',
      read: '2026-12-07',
    },
    аспирин: {
      status: 'confirmed',
      url: 'https://qcdn.zdesapteka.ru/tula/product/aspirin-kardio-tabl-p-o-rastvor-kishechn-100mg-n98-bayer',
      read: '2026-12-07',
    },
    'Тромбо АСС': {
      status: 'confirmed',
      url: 'http://animemylife.ru/trombo-ass-100-mg-trombo-ass-tabletki-primenenie-instrukciya-po-primeneniyu/',
      read: '2026-12-07',
    },
    Кардиомагнил: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    Ацекардол: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  clopidogrel: {
    Clopilet: {
      status: 'unverified',
      note: 'expected in: CDSCO (Sun)',
    },
    Deplatt: {
      status: 'unverified',
      note: 'expected in: CDSCO (Torrent)',
    },
    Plagril: {
      status: 'unverified',
      note: "expected in: CDSCO (Dr Reddy's)",
    },
    Zyllt: {
      status: 'unverified',
      note: 'expected in: URPL / GRLS (KRKA)',
    },
    クロピドグレル: {
      status: 'confirmed',
      url: 'http://www.okusuri110.com/j/dwm/jse/jse33/jse3399008.shtml',
      read: '2026-12-07',
    },
    プラビックス: {
      status: 'confirmed',
      url: 'http://www.pcprosupport.net/webpage/3399008F2021.htm',
      read: '2026-12-07',
    },
    氯吡格雷: {
      status: 'confirmed',
      url: 'https://2875.com.cn/EOqj6rZp',
      read: '2026-12-07',
    },
    波立维: {
      status: 'confirmed',
      url: 'https://2875.com.cn/EOqj6rZp',
      read: '2026-12-07',
    },
    泰嘉: {
      status: 'confirmed',
      url: 'http://www.sjjztw.com/goods-show-72173.html',
      read: '2026-12-07',
    },
    保栓通: {
      status: 'confirmed',
      url: 'https://nantongya.com/?p=7081',
      read: '2026-12-07',
    },
    클로피도그렐: {
      status: 'confirmed',
      url: 'https://medicine.ingbale.com/cardiovascular/clopidogrel-plavix-complete-guide',
      read: '2026-12-07',
    },
    플라빅스: {
      status: 'confirmed',
      url: 'https://medicine.ingbale.com/cardiovascular/clopidogrel-plavix-complete-guide',
      read: '2026-12-07',
    },
    клопидогрел: {
      status: 'confirmed',
      url: 'https://e-pharma.am/ru/product/%D0%B7%D0%B8%D0%BB%D1%82-%D1%82%D0%B0%D0%B1%D0%BB%D0%B5%D1%82%D0%BA%D0%B8-75%D0%BC%D0%B3-n14/',
      read: '2026-12-07',
    },
    Плавикс: {
      status: 'confirmed',
      url: 'https://anc.ua/ru/item/plaviks-tabletki-vkriti-obolonkoyu-300-mg-blister-10-45316',
      read: '2026-12-07',
    },
    Зилт: {
      status: 'confirmed',
      url: 'https://e-pharma.am/ru/product/%D0%B7%D0%B8%D0%BB%D1%82-%D1%82%D0%B0%D0%B1%D0%BB%D0%B5%D1%82%D0%BA%D0%B8-75%D0%BC%D0%B3-n14/',
      read: '2026-12-07',
    },
  },
  prasugrel: {
    Effient: {
      status: 'unverified',
      note: 'expected in: FDA DailyMed / Health Canada / TGA / PMDA / MFDS / GRLS',
    },
    Efient: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
    プラスグレル: {
      status: 'confirmed',
      url: 'https://www.kegg.jp/medicus-bin/japic_med?japic_code=00068335',
      read: '2026-12-07',
    },
    エフィエント: {
      status: 'confirmed',
      url: 'https://www.kegg.jp/medicus-bin/japic_med?japic_code=00068335',
      read: '2026-12-07',
    },
    普拉格雷: {
      status: 'confirmed',
      url: 'https://fx361.cc/page/2016/0209/16714289.shtml',
      read: '2026-12-07',
    },
    프라수그렐: {
      status: 'confirmed',
      url: 'https://ko.wikipedia.org/wiki/%ED%94%84%EB%9D%BC%EC%88%98%EA%B7%B8%EB%A0%90',
      read: '2026-12-07',
    },
    에피언트: {
      status: 'confirmed',
      url: 'http://www.healtho.co.kr/medicine/view/201004754',
      read: '2026-12-07',
    },
    прасугрел: {
      status: 'confirmed',
      url: 'https://rukovodstvorus.ru/prasugrel-10-mg-instrukcziya-po-primeneniyu-czena-kupit',
      read: '2026-12-07',
    },
    Эффиент: {
      status: 'confirmed',
      url: 'https://rukovodstvorus.ru/prasugrel-10-mg-instrukcziya-po-primeneniyu-czena-kupit',
      read: '2026-12-07',
    },
  },
  ticagrelor: {
    Brilinta: {
      status: 'unverified',
      note: 'expected in: FDA DailyMed / Health Canada / TGA / PMDA / MFDS / NMPA / CDSCO / GRLS',
    },
    Brilique: {
      status: 'unverified',
      note: 'expected in: EMA EPAR / BNF',
    },
    Possia: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
    チカグレロル: {
      status: 'confirmed',
      url: 'http://medical.itp.ne.jp/kusuri/shohou-20120000003250/',
      read: '2026-12-07',
    },
    ブリリンタ: {
      status: 'confirmed',
      url: 'http://meds.qlifepro.com/detail/3399011F1027/%E3%83%96%E3%83%AA%E3%83%AA%E3%83%B3%E3%82%BF%E9%8C%A0%EF%BC%96%EF%BC%90%EF%BD%8D%EF%BD%87',
      read: '2026-12-07',
    },
    替格瑞洛: {
      status: 'confirmed',
      url: 'https://yao86.com/%E8%A5%BF%E8%8D%AF/%E6%9B%BF%E6%A0%BC%E7%91%9E%E6%B4%9B%E7%89%87',
      read: '2026-12-07',
    },
    倍林达: {
      status: 'confirmed',
      url: 'https://yao86.com/%E8%A5%BF%E8%8D%AF/%E6%9B%BF%E6%A0%BC%E7%91%9E%E6%B4%9B%E7%89%87',
      read: '2026-12-07',
    },
    百無凝: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    티카그렐러: {
      status: 'confirmed',
      url: 'https://alldrugs.co.kr/Detail.aspx?DRUG_CODE=2011072500001&EXPR=01&PRG_ID=01',
      read: '2026-12-07',
    },
    브릴린타: {
      status: 'confirmed',
      url: 'https://alldrugs.co.kr/Detail.aspx?DRUG_CODE=2011072500001&EXPR=01&PRG_ID=01',
      read: '2026-12-07',
    },
    тикагрелор: {
      status: 'confirmed',
      url: 'https://tabletka.efim360.ru/drug/brilinta-60-mg',
      read: '2026-12-07',
    },
    Брилинта: {
      status: 'confirmed',
      url: 'https://tabletka.efim360.ru/drug/brilinta-60-mg',
      read: '2026-12-07',
    },
  },
  dipyridamole: {
    Persantin: {
      status: 'unverified',
      note: 'expected in: Rote Liste / compendium.ch / FASS / PMDA',
    },
    Persantine: {
      status: 'unverified',
      note: 'expected in: BNF / ANSM / BCFI / CBG-MEB',
    },
    Curantyl: {
      status: 'unverified',
      note: 'expected in: GRLS / URPL',
    },
    ジピリダモール: {
      status: 'confirmed',
      url: 'https://medical-tribune.co.jp/service/ndb/detail.php?blogid=ndb&entryid=2171010F3053',
      read: '2026-12-07',
    },
    ペルサンチン: {
      status: 'confirmed',
      url: 'https://medical-tribune.co.jp/service/ndb/detail.php?blogid=ndb&entryid=2171010F3053',
      read: '2026-12-07',
    },
    双嘧达莫: {
      status: 'confirmed',
      url: 'https://fx361.cc/page/2016/0209/16714289.shtml',
      read: '2026-12-07',
    },
    潘生丁: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    디피리다몰: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    дипиридамол: {
      status: 'confirmed',
      url: 'http://farminfo.in.ua/likar/doc_26630.htm',
      read: '2026-12-07',
    },
    Курантил: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  cilostazol: {
    Pletal: {
      status: 'unverified',
      note: 'expected in: FDA DailyMed / BNF / EMA-referral / PMDA / MFDS',
    },
    シロスタゾール: {
      status: 'confirmed',
      url: 'http://medical.nikkeibp.co.jp/inc/all/drugdic/prd/33/3399002B1026.html',
      read: '2026-12-07',
    },
    プレタール: {
      status: 'confirmed',
      url: 'http://medical.nikkeibp.co.jp/inc/all/drugdic/prd/33/3399002B1026.html',
      read: '2026-12-07',
    },
    西洛他唑: {
      status: 'confirmed',
      url: 'https://fx361.cc/page/2016/0209/16714289.shtml',
      read: '2026-12-07',
    },
    실로스타졸: {
      status: 'confirmed',
      url: 'https://nedrug.mfds.go.kr/pbp/CCBBB01/getItemDetailCache?cacheSeq=201301369aupdateTs2024-09-13%2010:02:15.0b',
      read: '2026-12-07',
    },
    프레탈: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    цилостазол: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  ticlopidine: {
    Ticlid: {
      status: 'unverified',
      note: 'expected in: FDA (discontinued) / Health Canada / ANSM',
    },
    Tiklyd: {
      status: 'unverified',
      note: 'expected in: Rote Liste (historic)',
    },
    Tiklid: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
    Panaldine: {
      status: 'unverified',
      note: 'expected in: PMDA',
    },
    チクロピジン: {
      status: 'confirmed',
      url: 'http://medical.itp.ne.jp/kusuri/shohou-20091026001996/',
      read: '2026-12-07',
    },
    パナルジン: {
      status: 'confirmed',
      url: 'http://meds.qlifepro.com/detail/3399001F1384/%E3%83%91%E3%83%8A%E3%83%AB%E3%82%B8%E3%83%B3%E9%8C%A0%EF%BC%91%EF%BC%90%EF%BC%90%EF%BD%8D%EF%BD%87',
      read: '2026-12-07',
    },
    噻氯匹定: {
      status: 'confirmed',
      url: 'https://fx361.cc/page/2016/0209/16714289.shtml',
      read: '2026-12-07',
    },
    티클로피딘: {
      status: 'confirmed',
      url: 'https://pictopub.com/8339-ticlopidine',
      read: '2026-12-07',
    },
    тиклопидин: {
      status: 'confirmed',
      url: 'http://medbiol.ru/medbiol/drugs/x001eb4f.htm',
      read: '2026-12-07',
    },
  },
  cangrelor: {
    Kengreal: {
      status: 'unverified',
      note: 'expected in: FDA DailyMed',
    },
    Kengrexal: {
      status: 'unverified',
      note: 'expected in: EMA EPAR',
    },
  },
  vorapaxar: {
    Zontivity: {
      status: 'unverified',
      note: 'expected in: FDA / EMA EPAR',
    },
  },
  triflusal: {
    Disgren: {
      status: 'unverified',
      note: 'expected in: AEMPS CIMA / Infarmed',
    },
  },
  indobufen: {
    Ibustrin: {
      status: 'unverified',
      note: 'expected in: AIFA / GRLS',
    },
    吲哚布芬: {
      status: 'confirmed',
      url: 'http://www.360doc.com/content/25/0430/11/30147862_1152415240.shtml',
      read: '2026-12-07',
    },
    индобуфен: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
    Ибустрин: {
      status: 'unverified',
      note: 'not found in stored pages on 2026-12-07',
    },
  },
  'carbasalate-calcium': {
    Ascal: {
      status: 'unverified',
      note: 'expected in: CBG-MEB / BCFI',
    },
  },
  picotamide: {
    Plactidil: {
      status: 'unverified',
      note: 'expected in: AIFA',
    },
  },
  abciximab: {
    ReoPro: {
      status: 'unverified',
      note: 'expected in: FDA / national',
    },
  },
  eptifibatide: {
    Integrilin: {
      status: 'unverified',
      note: 'expected in: FDA / EMA EPAR',
    },
  },
  tirofiban: {
    Aggrastat: {
      status: 'unverified',
      note: 'expected in: FDA / EMA EPAR',
    },
    替罗非班: {
      status: 'confirmed',
      url: 'https://fx361.cc/page/2016/0209/16714289.shtml',
      read: '2026-12-07',
    },
  },
  'clopidogrel-aspirin': {
    DuoPlavin: {
      status: 'confirmed',
      url: 'https://theodora.com/drugs/eu/duoplavin.html',
      read: '2026-12-07',
    },
    DuoCover: {
      status: 'confirmed',
      url: 'https://www.nps.org.au/medicine-finder/duocover-tablets',
      read: '2026-12-07',
    },
  },
  'aspirin-omeprazole': {
    Yosprala: {
      status: 'confirmed',
      url: 'https://www.drugs.com/ppa/aspirin-and-omeprazole.html',
      read: '2026-12-07',
    },
  },
};

/** Notes on a medicine's place in its class, for the reviewer, by medication id. */
export const medicationNotes: Readonly<Record<string, string>> = {
  colesevelam:
    'Listed as a bile acid sequestrant, the class the NIH fact sheets name as lowering the absorption of vitamins D and K; the sheets name cholestyramine and colestipol, not colesevelam itself.',
};
