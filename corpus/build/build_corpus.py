#!/usr/bin/env python3
"""Rebuilds corpus/*.jsonl from pinned commits of public repositories (see corpus/SOURCES.md).

Usage: python3 corpus/build/build_corpus.py MIRRORS_DIR
MIRRORS_DIR holds bare git checkouts named owner+repo (…/owner+repo/repo or …/owner+repo/repo/.git).
Standard library only. Output is deterministic: the same commits give byte-identical files.
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


def write(name, rows):
    path = os.path.join(OUT, f'{name}.jsonl')
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


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    mirrors = sys.argv[1]
    write('news-comments', news_comments(mirrors))
    write('blob-social', blob(mirrors))
    write('hoax-news-2017', pratiwi(mirrors))
    write('gov-2025', gov(mirrors))


if __name__ == '__main__':
    main()
