#!/usr/bin/env python3
"""Rebuilds corpus/*.jsonl from pinned commits of public repositories (see corpus/SOURCES.md).

Usage: python3 corpus/build/build_corpus.py MIRRORS_DIR            committed sets, corpus/*.jsonl
       python3 corpus/build/build_corpus.py --local MIRRORS_DIR    local-only sets, corpus/local/*.jsonl
MIRRORS_DIR holds bare git checkouts named owner+repo (…/owner+repo/repo or …/owner+repo/repo/.git).
Standard library only. Output is deterministic: the same commits give byte-identical files.

Local-only sets come from sources whose licence is unknown or does not allow redistribution: their
text is never committed (corpus/local/ is git-ignored); `npm run eval` reads them when present.
"""
import csv, hashlib, io, json, os, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ALL_CATEGORIES = ['kode-etik', 'kepentingan-pribadi', 'profesionalisme', 'hoaks', 'data-pribadi',
                  'kerahasiaan', 'konflik-kepentingan', 'netralitas', 'kesantunan']

PINS = {
    'news-comments': ('dhamirdesrul/Indonesian-Online-News-Comments', '8507c86194ddfc807b7905ae09948342c15ef031'),
    'blob': ('Blob-Development/indonesia-language-dataset', '6543398501c5cea696d3497e8128776bbb11cfd4'),
    'pratiwi': ('svmihar/indo-hoax-dataset', '308ff68e4e51e536c2221fe51eb271e5ac1c443a'),
    'gov': ('yudstrz/dashboard-pemerintah', 'fe0e1c2f8ea8d9a8236660abaa61cd51c5ea5378'),
    'sms': ('Andikazidanef15/Sentiment-Analysis-on-Indonesian-SMS-Dataset', 'f3d715b56590fe71f8e635803ae6f1f2951aa207'),
    'umpo': ('9uz/IDNHoaxCorpus', '2a2bd085343cc240495811dcfc5723bd11558440'),
    # Local only (licence unknown): a January 2023 copy of the Kaggle "Indonesia False News" Data_latih.csv.
    'mafindo': ('aliffeldiyan/Hoax-news-detection', '46443fe68f63405ace38e1c949eb3f4d0d9e3e05'),
}


def git_dir(mirrors, repo):
    base = os.path.join(mirrors, repo.replace('/', '+'), 'repo')
    return os.path.join(base, '.git') if os.path.isdir(os.path.join(base, '.git')) else base


def show(mirrors, key, path):
    repo, commit = PINS[key]
    return subprocess.run(['git', '--git-dir', git_dir(mirrors, repo), 'show', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout


def split_of(item_id):
    return 'test' if hashlib.sha1(item_id.encode('utf-8')).digest()[0] < 102 else 'dev'


def unmojibake(text):
    """One source stored UTF-8 bytes decoded as MacRoman ("‚Äú" for a quote, "ÔøΩ" for U+FFFD).
    Each run of non-ASCII characters that round-trips through MacRoman to valid UTF-8 is repaired."""
    def fix(m):
        try:
            return m.group(0).encode('mac_roman').decode('utf-8')
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)
    return re.sub(r'[^\x00-\x7f]{2,}', fix, text)


def clean(text):
    text = unmojibake(text)
    # Invisible separators and replacement characters carry nothing a reader sees.
    text = re.sub('[\u2060-\u2064\ufffd\ufeff]', '', text)
    text = unicodedata.normalize('NFC', text.replace('\r\n', '\n').replace('\r', '\n'))
    text = re.sub(r'[ \t\u00a0]+', ' ', text)
    text = re.sub(r' *\n *', '\n', text)
    text = re.sub(r'\n{3,}', '\n\n', text)
    return text.strip()


def key_of(text):
    return ' '.join(text.lower().split())


def write(name, rows, out=OUT):
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, f'{name}.jsonl')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(',', ':')) + '\n')
    dev = sum(r['split'] == 'dev' for r in rows)
    print(f'{name}: {len(rows)} items ({dev} dev, {len(rows) - dev} test)', file=sys.stderr)


def item(set_name, n, text, genre, labels, source):
    item_id = f'{set_name}:{n}'
    return {'id': item_id, 'text': text, 'genre': genre, 'labels': labels,
            'split': split_of(item_id), 'source': source}


def xlsx_rows(data):
    ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = [''.join(t.text or '' for t in si.iter(f'{{{ns["m"]}}}t'))
              for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)]
    for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(f'{{{ns["m"]}}}row'):
        row = {}
        for c in r.findall('m:c', ns):
            v = c.find('m:v', ns)
            val = None if v is None else (shared[int(v.text)] if c.get('t') == 's' else v.text)
            row[re.match(r'[A-Z]+', c.get('r')).group(0)] = val
        yield row


def news_comments(mirrors):
    """Kiasati Desrul & Romadhony (2019): label 1 not abusive, 2 abusive not offensive, 3 abusive and offensive.
    Kept: 1 -> kesantunan 0, 3 -> kesantunan 1. Label 2 (110 rows) is left out: the authors themselves
    separate it from offensive language, and whether mild mockery breaks ASN courtesy is a judgement
    the corpus should not make for the rules."""
    data = show(mirrors, 'news-comments',
                'Dataset/Abusive Language Detection on Indonesian Online News Comments Dataset .xlsx')
    rows, seen = [], set()
    for i, r in enumerate(xlsx_rows(data)):
        if i == 0:
            continue  # header: Kalimat, label
        text, label = clean(r.get('A') or ''), (r.get('B') or '').strip()
        if label not in ('1', '3') or not text or key_of(text) in seen:
            continue
        seen.add(key_of(text))
        rows.append(item('news-comments', i, text, 'social', {'kesantunan': 1 if label == '3' else 0},
                         'kiasati2019-news-comments'))
    return rows


def blob(mirrors):
    """Blob Project comments, folder = label (negative_impact -> 1, normal -> 0). The Twitter files
    are left out: they cannot be told apart from copies of reserved Twitter datasets."""
    rows, seen = [], set()
    for folder, label in (('normal', 0), ('negative_impact', 1)):
        for platform in ('discord', 'facebook', 'youtube'):
            lines = show(mirrors, 'blob', f'data/{folder}/raw_{platform}.txt').decode('utf-8').split('\n')
            for ln, line in enumerate(lines, 1):
                text = clean(line)
                if len(text.split()) < 2 or key_of(text) in seen:
                    continue
                seen.add(key_of(text))
                rows.append(item('blob-social', f'{folder}-{platform}-{ln}', text, 'social',
                                 {'kesantunan': label}, 'blob-indonesia-language-dataset'))
    return rows


def pratiwi(mirrors):
    """Pratiwi, Asmara & Rahutomo (2017): news pages labelled Hoax/Valid by majority of three referees.
    The 250-item file is a subset of the 600-item file, so only the 600 file is read. The same page
    often appears twice with small edits: items are grouped by their first 150 characters (case and
    spacing folded); a group keeps its first item, and groups whose copies disagree on the label
    (13 groups) are dropped."""
    raw = show(mirrors, 'pratiwi', 'data/600 news with valid hoax label.csv').decode('cp1252')
    groups = {}
    for i, r in enumerate(csv.reader(io.StringIO(raw), delimiter=';')):
        if i == 0 or len(r) != 2:
            continue
        # Source lines are hard-wrapped at ~80 columns; paragraphs are not marked, so join them.
        text = clean(' '.join(r[0].split('\n')))
        label = r[1].strip()
        if label not in ('Hoax', 'Valid') or len(text.split()) < 20:
            continue
        groups.setdefault(key_of(text)[:150], []).append((i, text, label == 'Hoax'))
    rows = []
    for members in groups.values():
        if len({hoax for _, _, hoax in members}) > 1:
            continue
        i, text, hoax = members[0]
        rows.append(item('hoax-news-2017', i, text, 'hoax' if hoax else 'news', {'hoaks': 1 if hoax else 0},
                         'pratiwi2017-hoax-news'))
    return sorted(rows, key=lambda r: int(r['id'].split(':')[1]))


GOV_FILES = ['bkn', 'kemdiktisaintek', 'kemendikdasmen', 'kemenkeu', 'kemenkop', 'kemhan', 'kemnaker', 'komdigi']
GOV_PER_AGENCY = 30


def gov(mirrors):
    """Ministry/agency news and press releases written by their humas (Nov 2025 scrape). Government works:
    free to reproduce under UU 28/2014 Pasal 43 huruf b. Items under 120 words (announcements that only
    point at an attachment) are skipped; at most GOV_PER_AGENCY per agency, in URL order, so no one
    ministry's house style dominates."""
    rows, seen = [], set()
    for agency in GOV_FILES:
        data = json.loads(show(mirrors, 'gov', f'scraped_{agency}.json').decode('utf-8'))
        taken = 0
        for url in sorted(data):
            text = clean(data[url].get('content') or '')
            if len(text.split()) < 120 or key_of(text) in seen or taken >= GOV_PER_AGENCY:
                continue
            seen.add(key_of(text))
            taken += 1
            slug = re.sub(r'[^a-z0-9]+', '-', url.lower().split('//', 1)[-1])[-60:].strip('-')
            rows.append(item('gov-2025', f'{agency}-{slug}', text, 'official',
                             {c: 0 for c in ALL_CATEGORIES}, f'gov-humas-2025-{agency}'))
    return rows


def mafindo(mirrors):
    """Mafindo (turnbackhoax.id) items 2015-2020 as published on Kaggle ("Indonesia False News",
    Data_latih.csv: ID, label, tanggal, judul, narasi, nama file gambar); this copy renames `narasi` to
    `text` and the labels 1/0 to FAKE/REAL. Licence unknown, so the set is built into corpus/local/ only.
    Text = the `text` (narasi) column alone: the narrative as Mafindo quoted it from the post or chain
    message; the title (Mafindo's summary, often with a [SALAH]-style tag) and the debunk are not in it.
    FAKE -> genre `hoax`, hoaks 1; REAL (clarifications and verified reports Mafindo also posted) ->
    genre `news`, hoaks 0. Kept: dated before 2024 (all are), at least 8 words; exact duplicates
    (case and spacing folded) keep their first row, and a text that occurs under both labels is dropped."""
    raw = show(mirrors, 'mafindo', 'Data_latih.csv').decode('utf-8')
    first, labels = {}, {}
    for r in csv.DictReader(io.StringIO(raw)):
        text = clean(r['text'] or '')
        year = 2000 + int(r['tanggal'].strip().rsplit('-', 1)[1])  # e.g. 17-Aug-20
        if year >= 2024 or r['label'] not in ('FAKE', 'REAL') or len(text.split()) < 8:
            continue
        k = key_of(text)
        labels.setdefault(k, set()).add(r['label'])
        first.setdefault(k, (int(r['ID']), text, r['label'] == 'FAKE'))
    rows = [item('mafindo-2015-2020', n, text, 'hoax' if fake else 'news', {'hoaks': 1 if fake else 0},
                 'mafindo-kaggle-2015-2020')
            for k, (n, text, fake) in first.items() if len(labels[k]) == 1]
    return sorted(rows, key=lambda r: int(r['id'].split(':')[1]))


SMS_LABELS = {'1': ('hoax', 1), '0': ('social', 0), '2': ('selling', 0)}


def sms(mirrors):
    """Rahmi & Wibisono (2016) Indonesian SMS set v1.0 (Aug 2018, CC BY-SA 4.0 per its penjelasan.txt):
    0 normal, 1 fraud ("fraud atau penipuan": prize and lottery scams, "mama minta pulsa", fake
    operator or bank messages, unsolicited sellers), 2 operator promotions. 1 -> genre `hoax`, hoaks 1
    (scams are hoaxes for the rules); 0 -> genre `social`, hoaks 0; 2 -> genre `selling`, hoaks 0
    (genuine promotions: "selamat", "hadiah", "klik" without fraud). Messages under 3 words and exact
    duplicates (case and spacing folded) dropped; names were already replaced by "nama1" upstream."""
    raw = show(mirrors, 'sms', 'dataset_sms_spam_v1.csv').decode('utf-8')
    rows, seen = [], set()
    for i, r in enumerate(csv.reader(io.StringIO(raw))):
        if i == 0 or len(r) != 2 or r[1].strip() not in SMS_LABELS:
            continue  # header: Teks, label
        text = clean(r[0])
        if len(text.split()) < 3 or key_of(text) in seen:
            continue
        seen.add(key_of(text))
        genre, label = SMS_LABELS[r[1].strip()]
        rows.append(item('sms-id-2016', i, text, genre, {'hoaks': label}, 'rahmi-wibisono-sms-2016'))
    return rows


# A tweet that itself calls the claim a hoax, or is a fact-check headline, is debunking it, not spreading it.
DEBUNK = re.compile(r'hoaks|hoax|houks|\[salah\]|cek ?fakta|turnbackhoax|disinformasi|misinformasi', re.I)
# Kept away from anything that could overlap the reserved Pilkada DKI 2017 tweets.
RESERVED_TOPIC = re.compile(r'pilkada|ahok', re.I)


def umpo(mirrors):
    """IDNHoaxCorpus (Universitas Muhammadiyah Ponorogo; Arifin et al., JIST 11(2) 2023): 4,617 tweets
    (2010-2021, from their ids; none later) found by hoax-topic keywords, mostly health myths, labelled hoax / valid / ? per
    topic by the team. hoax -> genre `hoax`, hoaks 1; valid -> genre `social`, hoaks 0; `?` dropped.
    Dropped before labels are read: tweets under 5 words, exact duplicates, anything mentioning
    pilkada/Ahok (the reserved 2017 tweets), and hoax-labelled tweets that name the claim a hoax or
    are fact-check headlines ("[SALAH] ...", "hoaks", "cek fakta": debunks carry the topic's label
    but do not spread it). Valid-labelled debunks are kept as negatives."""
    raw = show(mirrors, 'umpo', 'dataset/datasetUMPOHoax.csv').decode('utf-8')
    rows, seen = [], set()
    for i, r in enumerate(csv.DictReader(io.StringIO(raw)), 2):  # n = line of the row in the file
        text, label = clean(r['tweet'] or ''), (r['label'] or '').strip()
        if label not in ('hoax', 'valid') or len(text.split()) < 5 or key_of(text) in seen:
            continue
        status = re.search(r'/status/(\d+)', r['url'] or '')
        # A tweet id holds its time: ms since the Twitter epoch in the bits above 22. Nothing from 2024 on.
        if status and (int(status.group(1)) >> 22) + 1288834974657 >= 1704067200000:
            continue
        if RESERVED_TOPIC.search(text + ' ' + (r['topik'] or '') + ' ' + (r['keyword'] or '')):
            continue
        if label == 'hoax' and DEBUNK.search(text):
            continue
        seen.add(key_of(text))
        rows.append(item('umpo-tweets-2021', i, text, 'hoax' if label == 'hoax' else 'social',
                         {'hoaks': 1 if label == 'hoax' else 0}, 'umpo-idnhoaxcorpus-2021'))
    return rows


LOCAL = os.path.join(OUT, 'local')


def main():
    args = sys.argv[1:]
    local = '--local' in args
    args = [a for a in args if a != '--local']
    if len(args) != 1:
        sys.exit(__doc__)
    mirrors = args[0]
    if local:
        write('mafindo-2015-2020', mafindo(mirrors), LOCAL)
        return
    write('news-comments', news_comments(mirrors))
    write('blob-social', blob(mirrors))
    write('hoax-news-2017', pratiwi(mirrors))
    write('gov-2025', gov(mirrors))
    write('sms-id-2016', sms(mirrors))
    write('umpo-tweets-2021', umpo(mirrors))


if __name__ == '__main__':
    main()
