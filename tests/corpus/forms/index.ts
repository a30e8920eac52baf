import { form as cqKexuechengRmt2021 } from './cq-kexuecheng-rmt-2021';
import { form as nxYinchuan6zhong2021 } from './nx-yinchuan-6zhong-2021';
import { form as ynNanhuaGyzbXczx } from './yn-nanhua-gyzb-xczx';
import { form as hnHengshanSwlsj2020 } from './hn-hengshan-swlsj-2020';
import { form as ahXiaoxianZhangzhuangzhai2023 } from './ah-xiaoxian-zhangzhuangzhai-2023';
import { form as ahJinzhaiChagu2023 } from './ah-jinzhai-chagu-2023';
import type { CorpusForm } from '../types';
import { form as hbHuanggangDag2020 } from './hb-huanggang-dag-2020';
import { form as hbHuangshiTsg2022 } from './hb-huangshi-tsg-2022';
import { form as hbEzhouXzspj2021 } from './hb-ezhou-xzspj-2021';
import { form as heLangfangSpgcxx2019 } from './he-langfang-spgcxx-2019';
import { form as hnYongzhouLinglingCdc2021 } from './hn-yongzhou-lingling-cdc-2021';
import { form as jxNanchangCanchaWsy2021 } from './jx-nanchang-cancha-wsy-2021';
import { form as ahGuichiTangxi2022 } from './ah-guichi-tangxi-2022';
import { form as hbXiangyangZxyy2021 } from './hb-xiangyang-zxyy-2021';
import { form as hnHengshanGuantang2023 } from './hn-hengshan-guantang-2023';
import { form as scDayingSfj2023 } from './sc-daying-sfj-2023';
import { form as scQingshenFgj2023 } from './sc-qingshen-fgj-2023';
import { form as scZhongjiangSlj2022 } from './sc-zhongjiang-slj-2022';
import { form as sxJishanZhaidianWsy2021 } from './sx-jishan-zhaidian-wsy-2021';
import { form as ynLijiangGuchengZrzy2020 } from './yn-lijiang-gucheng-zrzy-2020';
import { form as ynYongdeMinglangZx2022 } from './yn-yongde-minglang-zx-2022';
import { form as fjNingdeDzj2020 } from './fj-ningde-dzj-2020';
import { form as ynLongyangTfz2022 } from './yn-longyang-tfz-2022';
import { form as sdJinanLichengWhg2019 } from './sd-jinan-licheng-whg-2019';
import { form as ahYuanWlj2022 } from './ah-yuan-wlj-2022';
import { form as ynBaoshanTyjrswj2022 } from './yn-baoshan-tyjrswj-2022';
import { form as ynLinxiangLcj2023 } from './yn-linxiang-lcj-2023';
import { form as shPutuoTyzx2022 } from './sh-putuo-tyzx-2022';
import { form as ahXuanchengDzj2021 } from './ah-xuancheng-dzj-2021';
import { form as hnYongzhouLinglingLyj2021 } from './hn-yongzhou-lingling-lyj-2021';
import { form as xjFukangTjj2023 } from './xj-fukang-tjj-2023';
import { form as gzSuiyangTaibaiZf } from './gz-suiyang-taibai-zf';

/** Every real form of the corpus, one source file each. */
export const corpus: CorpusForm[] = [
  cqKexuechengRmt2021,
  ahJinzhaiChagu2023,
  ahXiaoxianZhangzhuangzhai2023,
  hnHengshanSwlsj2020,
  nxYinchuan6zhong2021,
  ynNanhuaGyzbXczx,
  ahGuichiTangxi2022,
  hbXiangyangZxyy2021,
  hnHengshanGuantang2023,
  scDayingSfj2023,
  scQingshenFgj2023,
  scZhongjiangSlj2022,
  sxJishanZhaidianWsy2021,
  ynLijiangGuchengZrzy2020,
  ynYongdeMinglangZx2022,
  hbHuangshiTsg2022,
  hbEzhouXzspj2021,
  heLangfangSpgcxx2019,
  hnYongzhouLinglingCdc2021,
  jxNanchangCanchaWsy2021,
  hbHuanggangDag2020,
  fjNingdeDzj2020,
  ynLongyangTfz2022,
  sdJinanLichengWhg2019,
  ahYuanWlj2022,
  ynBaoshanTyjrswj2022,
  ynLinxiangLcj2023,
  shPutuoTyzx2022,
  ahXuanchengDzj2021,
  hnYongzhouLinglingLyj2021,
  xjFukangTjj2023,
  gzSuiyangTaibaiZf,
];
