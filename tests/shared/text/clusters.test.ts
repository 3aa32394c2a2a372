import { afterEach, describe, expect, it, vi } from 'vitest';
import { clusterSegments } from '#shared/text/clusters.ts';
import {
  clusterQueryTokens,
  clusterTokens,
  termWordTokens,
  wordTokens,
} from '#shared/static-copy/copy-tokens.ts';
import { parseQuery } from '#shared/search/query-parser.ts';

const clusters = (text: string) => [...clusterSegments(text)].map((s) => s.segment);

describe('the cluster rule', () => {
  it('keeps marks, SARA AM and stacked consonants with their letter', () => {
    expect(clusters('กำลัง')).toEqual(['กำ', 'ลั', 'ง']);
    expect(clusters('ស្ត្រី')).toEqual(['ស្ត្រី']);
    expect(clusters('မ္မ')).toEqual(['မ္မ']);
    expect([...clusterSegments('ab')].map((s) => s.index)).toEqual([0, 1]);
  });
});

describe("the static copy's tokens", () => {
  it('folds Vietnamese tone marks, keeps each marked word as its exact token too, and cuts Thai into words', () => {
    expect(wordTokens('Tái hòa nhập')).toEqual([
      'tai',
      'hoa',
      'nhap',
      'tai\ue000tái',
      'hoa\ue000hòa',
      'nhap\ue000nhập',
    ]);
    expect(wordTokens('Tai nạn')).toEqual(['tai', 'nan', 'nan\ue000nạn']);
    expect(wordTokens('การค้ามนุษย์').length).toBeGreaterThan(1);
  });

  it('looks a word typed with marks up as its exact token, and one typed without as its letters', () => {
    const [term] = parseQuery('"tư phap"').required.flat();
    expect(term && termWordTokens(term)).toEqual(['tu\ue000tư', 'phap']);
  });

  it('gives the index every cluster and adjacent pair, and a query its pairs', () => {
    expect(clusterTokens('shelter ลัง')).toEqual(['ลั', 'ง', 'ลั_ง']);
    expect(clusterQueryTokens('กำลัง')).toEqual(['กำ_ลั', 'ลั_ง']);
    expect(clusterQueryTokens('ง')).toEqual(['ง']);
    expect(clusterTokens('no such script')).toEqual([]);
  });
});

describe('without Intl.Segmenter', () => {
  const segmenter = Intl.Segmenter;
  afterEach(() => {
    Object.assign(Intl, { Segmenter: segmenter });
    vi.resetModules();
  });

  it('cuts Thai, Lao, Khmer and Burmese into clusters where it would cut words', async () => {
    // @ts-expect-error: a browser that lacks it
    delete Intl.Segmenter;
    vi.resetModules();
    const { normalise } = await import('#shared/text/normalise.ts');
    expect(normalise('Đồng Nai กำลัง')).toBe('dong nai กำ ลั ง');
  });
});
