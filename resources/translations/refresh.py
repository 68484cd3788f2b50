#!/usr/bin/env python3
"""Refresh paydesk_ko.ts from the sources and fill new strings from ko.json.

Run from anywhere:  python3 resources/translations/refresh.py
(or `cmake --build <build> --target update_translations`).

1. lupdate scans app/ and ui/ (the same scan tst_translations makes) into paydesk_ko.ts;
   translations already in the .ts are kept, strings gone from the sources are dropped.
2. Every message still unfinished gets its translation from ko.json when the dictionary has
   one: "contexts" (per class) first, then "messages" (any class).
3. paydesk_en.ts gets the English plural forms of the %n strings from en-plurals.json
   (lupdate -pluralonly); English text is otherwise the source itself.
4. Whatever is still untranslated is listed; --missing FILE writes them as a JSON skeleton
   to paste into ko.json. Exit code 1 when something is untranslated and --check is given.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
TS = os.path.join(HERE, 'paydesk_ko.ts')
DICTIONARY = os.path.join(HERE, 'ko.json')
# English needs a translation only for its plurals ("1 payment", "2 payments").
TS_EN = os.path.join(HERE, 'paydesk_en.ts')
PLURALS_EN = os.path.join(HERE, 'en-plurals.json')
SCANNED = ['app', 'ui']


def find_tool(name, given):
    if given:
        return given
    for candidate in ('/usr/lib/qt6/bin/' + name, shutil.which(name + '6') or '',
                      shutil.which(name) or ''):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit('refresh.py: cannot find %s (pass --%s PATH)' % (name, name))


def lookup(dictionary, context, source):
    per_class = dictionary.get('contexts', {}).get(context, {})
    if source in per_class:
        return per_class[source]
    return dictionary.get('messages', {}).get(source)


def is_unfinished(translation):
    if translation is None:
        return True
    if translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return True
    forms = translation.findall('numerusform')
    if forms:
        return any(not (f.text or '').strip() for f in forms)
    return not (translation.text or '').strip()


def fill(tree, dictionary, force=False):
    missing = []
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            unfinished = is_unfinished(translation)
            if not unfinished and not force:
                continue
            source = message.findtext('source')
            value = lookup(dictionary, name, source)
            if value is None:
                if unfinished:
                    missing.append((name, source))
                continue
            if translation is None:
                translation = ET.SubElement(message, 'translation')
            translation.attrib.pop('type', None)
            if message.get('numerus') == 'yes':
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for old in list(translation):
                    translation.remove(old)
                for form in forms:  # Korean has a single plural form, English two
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = value[0] if isinstance(value, list) else value
    return missing


def prune(tree, dictionary):
    present = {(c.findtext('name'), m.findtext('source'))
               for c in tree.getroot().iter('context') for m in c.iter('message')}
    sources = {source for _, source in present}
    messages = dictionary.get('messages', {})
    dropped = [s for s in messages if s not in sources]
    for source in dropped:
        del messages[source]
    for context, per_class in dictionary.get('contexts', {}).items():
        for source in [s for s in per_class if (context, s) not in present]:
            del per_class[source]
            dropped.append(source)
    dictionary['contexts'] = {c: v for c, v in dictionary.get('contexts', {}).items() if v}
    with open(DICTIONARY, 'w', encoding='utf-8') as f:
        json.dump(dictionary, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write('\n')
    print('ko.json: dropped %d entr%s no longer in the sources.'
          % (len(dropped), 'y' if len(dropped) == 1 else 'ies'))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--lupdate')
    parser.add_argument('--lconvert')
    parser.add_argument('--no-lupdate', action='store_true', help='only apply ko.json')
    parser.add_argument('--missing', help='write untranslated strings to this JSON file')
    parser.add_argument('--force', action='store_true',
                        help='ko.json also replaces translations that are already finished')
    parser.add_argument('--prune', action='store_true',
                        help='drop ko.json entries whose English is no longer in the sources')
    parser.add_argument('--check', action='store_true', help='exit 1 if anything is untranslated')
    args = parser.parse_args()

    if not args.no_lupdate:
        lupdate = find_tool('lupdate', args.lupdate)
        subprocess.run([lupdate, *SCANNED, '-extensions', 'cpp,h,ui', '-locations', 'none',
                        '-no-obsolete', '-source-language', 'en', '-target-language', 'ko_KR',
                        '-silent', '-ts', TS], cwd=ROOT, check=True)
    with open(DICTIONARY, encoding='utf-8') as f:
        dictionary = json.load(f)
    tree = ET.parse(TS)
    missing = fill(tree, dictionary, args.force)
    tree.write(TS, encoding='utf-8', xml_declaration=True)
    # lconvert writes the file back in lupdate's own layout, so diffs stay small.
    lconvert = find_tool('lconvert', args.lconvert or (
        os.path.join(os.path.dirname(args.lupdate), 'lconvert') if args.lupdate else None))
    subprocess.run([lconvert, '-locations', 'none', '-i', TS, '-o', TS], check=True)

    if args.prune:
        prune(tree, dictionary)

    if not args.no_lupdate:
        subprocess.run([lupdate, *SCANNED, '-extensions', 'cpp,h,ui', '-locations', 'none',
                        '-no-obsolete', '-pluralonly', '-source-language', 'en',
                        '-target-language', 'en', '-silent', '-ts', TS_EN], cwd=ROOT, check=True)
    with open(PLURALS_EN, encoding='utf-8') as f:
        plurals = json.load(f)
    tree_en = ET.parse(TS_EN)
    missing_en = fill(tree_en, plurals, args.force)
    tree_en.write(TS_EN, encoding='utf-8', xml_declaration=True)
    subprocess.run([lconvert, '-locations', 'none', '-i', TS_EN, '-o', TS_EN], check=True)
    for context, source in missing_en:
        print('no English plural forms in en-plurals.json: %s: %s' % (context, source))
    missing += missing_en

    if missing:
        print('%d string(s) without a Korean translation:' % len(missing))
        for context, source in missing:
            print('  %s: %s' % (context, source.replace('\n', '\\n')))
        if args.missing:
            skeleton = {}
            for context, source in missing:
                skeleton.setdefault(context, {})[source] = ''
            with open(args.missing, 'w', encoding='utf-8') as f:
                json.dump(skeleton, f, ensure_ascii=False, indent=1)
    else:
        print('paydesk_ko.ts: every string is translated.')
    return 1 if (missing and args.check) else 0


if __name__ == '__main__':
    sys.exit(main())
