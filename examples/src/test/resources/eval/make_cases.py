"""Writes the synthetic evaluation cases next to this script (rules/, formats/). Run: python3 make_cases.py"""
import json, os
R = os.path.dirname(os.path.abspath(__file__))
os.makedirs(R + '/rules/texts', exist_ok=True)
def u16(s): return len(s.encode('utf-16-le')) // 2
def span(text, frag, nth=0):
    i = -1
    for _ in range(nth + 1): i = text.index(frag, i + 1)
    a = u16(text[:i]); return {'start': a, 'end': a + u16(frag), 'text': frag}

G = {'version': 1,
 'actors': {
  'jubeir': {'type': 'PERSON', 'names': ['الجبير', 'عادل الجبير'], 'latin': 'Adel al-Jubeir'},
  'lavrov': {'type': 'PERSON', 'names': ['لافروف']},
  'salman': {'type': 'PERSON', 'names': ['سلمان بن عبدالعزيز', 'خادم الحرمين الشريفين']},
  'mbs': {'type': 'PERSON', 'names': ['محمد بن سلمان']},
  'kerry': {'type': 'PERSON', 'names': ['كيري']},
  'putin': {'type': 'PERSON', 'names': ['بوتين']},
  'hadi': {'type': 'PERSON', 'names': ['هادي']},
  'ould': {'type': 'PERSON', 'names': ['ولد الشيخ']},
  'spa': {'type': 'ORGANIZATION', 'names': ['واس', 'وكالة الأنباء السعودية']},
  'ru_mfa': {'type': 'ORGANIZATION', 'names': ['الخارجية الروسية']},
  'saudi': {'type': 'COUNTRY', 'names': ['السعودية'], 'country': 'SA'}},
 'places': {
  'moscow': {'names': ['موسكو'], 'country': 'RU'},
  'russia': {'names': ['روسيا', 'موسكو'], 'country': 'RU', 'country_level': True},
  'riyadh': {'names': ['الرياض'], 'country': 'SA'},
  'doha': {'names': ['الدوحة'], 'country': 'QA'},
  'saudi': {'names': ['السعودية', 'الرياض', 'جدة'], 'country': 'SA', 'country_level': True}},
 'documents': [
  {'id': 'd1', 'published': '2015-08-12',
   'actors': {'required': ['jubeir', 'lavrov', 'salman', 'mbs', 'spa'], 'optional': ['kerry', 'saudi']},
   'roles': {'jubeir': {'title': 'وزير الخارجية', 'country': 'SA'}, 'lavrov': {'title': 'وزير الخارجية', 'country': 'RU'},
             'salman': {'title': 'الملك'}, 'mbs': {'title': 'ولي ولي العهد', 'country': 'SA'}, 'spa': {'title': 'وكالة'}},
   'meetings': [
    {'participants': ['jubeir', 'lavrov'], 'place': 'moscow', 'status': ['OCCURRED'], 'mode': 'IN_PERSON', 'date': '2015-08-11', 'note': 'group participant'},
    {'participants': ['salman', 'putin'], 'mode': 'PHONE', 'status': ['PLANNED', 'POSSIBLE'], 'date': 'XXXX-06-18'},
    {'participants': ['*'], 'place': 'doha', 'status': ['PLANNED'], 'optional': True},
    {'participants': ['kerry', 'jubeir', 'lavrov'], 'place': 'doha', 'status': ['PLANNED'], 'date': '2015-08-03/2015-08-04'},
    {'participants': ['mbs', 'kerry'], 'place': 'riyadh', 'status': ['OCCURRED']}],
   'visits': [
    {'visitor': 'jubeir', 'destination': 'russia', 'status': ['PLANNED', 'ONGOING'], 'date': 'XXXX-08-11'},
    {'visitor': 'salman', 'destination': 'russia', 'status': ['INVITED'], 'invited_by': 'putin'},
    {'visitor': '*', 'destination': 'moscow', 'status': ['OCCURRED'], 'optional': True},
    {'visitor': 'lavrov', 'destination': 'doha', 'status': ['PLANNED']},
    {'visitor': 'kerry', 'destination': 'saudi', 'status': ['OCCURRED'], 'date': 'XXXX-08-02/XXXX-08-03'}],
   'statements': [
    {'speaker': 'jubeir', 'kind': 'REPORTED', 'contains': 'العلاقات الثنائية', 'via': 'spa', 'date': '2015-08-11'},
    {'speaker': 'lavrov', 'kind': ['DIRECT', 'REPORTED'], 'contains': 'الأزمة السورية'},
    {'speaker': '*', 'kind': 'REPORTED', 'contains': 'مصادر مطلعة', 'optional': True},
    {'speaker': 'ru_mfa', 'kind': 'DIRECT', 'contains': 'لا بديل عن الحل السياسي'},
    {'speaker': 'salman', 'kind': 'REPORTED', 'contains': 'التعاون', 'optional': True},
    {'speaker': 'mbs', 'kind': 'REPORTED', 'contains': 'الشراكة', 'date': 'XXXX-08-12', 'via': 'spa'}]},
  {'id': 'd2', 'published': '2015-08-10',
   'actors': {'required': ['hadi', 'ould'], 'optional': []}, 'roles': {'hadi': {'title': 'الرئيس', 'country': 'YE'}},
   'meetings': [{'participants': ['hadi', 'ould'], 'place': 'riyadh', 'status': ['OCCURRED'], 'mode': 'IN_PERSON'}],
   'visits': [], 'statements': [{'speaker': 'ould', 'kind': 'REPORTED', 'contains': 'الحل السلمي'}]},
  {'id': 'd3', 'published': '2015-08-10',
   'actors': {'required': ['hadi', 'ould'], 'optional': ['saudi']}, 'roles': {'hadi': {'title': 'الرئيس', 'country': 'YE'}},
   'meetings': [{'participants': ['hadi', 'ould'], 'place': 'riyadh', 'status': ['OCCURRED'], 'mode': 'IN_PERSON'}],
   'visits': [], 'statements': [{'speaker': 'ould', 'kind': 'REPORTED', 'contains': 'الحل السلمي'}]},
  {'id': 'd4', 'published': '2015-08-10',
   'actors': {'required': ['kerry'], 'optional': []}, 'roles': {},
   'meetings': [], 'visits': [], 'statements': []}]}

t1 = ('الرياض (واس) - التقى وزير الخارجية عادل الجبير أمس في موسكو نظيره الروسي سيرغي لافروف.\n'
      'وأكد الجبير أن العلاقات الثنائية متينة.\n'
      'وقال لافروف: «الأزمة السورية لا تحل إلا سياسيا» 😀.\n')
t3 = ('عدن (سبأ) - استقبل الرئيس عبدربه منصور هادي في الرياض المبعوث إسماعيل ولد الشيخ أحمد 😀.\n'
      'وأكد ولد الشيخ أن الحل السلمي ممكن.\n')
open(R + '/rules/texts/d1.txt', 'w', encoding='utf-8').write(t1)
open(R + '/rules/texts/d3.txt', 'w', encoding='utf-8').write(t3)

A1 = [
 {'id': 'a1', 'type': 'PERSON', 'name': 'عادل أحمد الجُبير', 'aliases': ['الجبير'], 'nameLatin': 'Adel al-Jubeir',
  'roles': [{'title': 'وزير الخارجية السعودي', 'country': 'sa'}]},
 {'id': 'a2', 'type': 'PERSON', 'name': 'سيرغي لافروف', 'roles': [{'title': 'وزير الخارجية', 'country': 'RU'}]},
 {'id': 'a3', 'type': 'PERSON', 'name': 'محمد بن سلمان بن عبدالعزيز', 'roles': [{'title': 'ولي ولي العهد'}]},
 {'id': 'a4', 'type': 'PERSON', 'name': 'خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز', 'roles': [{'title': 'الملك', 'country': 'SA'}]},
 {'id': 'a5', 'type': 'PERSON', 'name': 'ولي ولي العهد الأمير محمد بن سلمان', 'aliases': [], 'roles': [{'title': 'ولي ولي العهد', 'country': 'SA'}]},
 {'id': 'a6', 'type': 'ORGANIZATION', 'name': 'وكالة الأنباء السعودية', 'aliases': ['واس']},
 {'id': 'a7', 'type': 'PERSON', 'name': 'جون_كيري'},
 {'id': 'a8', 'type': 'PERSON', 'name': 'شخص مجهول'},
 {'id': 'a9', 'type': 'GROUP', 'name': 'الوزيران', 'members': ['a1', 'a2']},
 {'id': 'a10', 'type': 'person', 'name': 'فلان الفلاني'},
 {'id': 'a11', 'type': 'PERSON', 'aliases': ['فلاديمير بوتين']},
 {'id': 'a8', 'type': 'PERSON', 'name': 'شخص آخر'},
 {'id': 12, 'type': 'COUNTRY', 'name': 'المملكة العربية السعودية'},
 {'id': 'a13', 'type': 'GROUP', 'name': 'الجميع', 'members': ['a13', 'a9', 'a7']},
]
S1 = {'document': {'id': 'texts/d1.txt', 'published': '2015-08-12'}, 'actors': A1,
 'meetings': [
  {'participants': ['a9'], 'place': {'name': 'العاصمة موسكو', 'country': 'RU'}, 'time': {'text': 'أمس', 'value': '2015-08-11'},
   'mode': 'in_person', 'status': 'OCCURRED', 'evidence': [span(t1, 'التقى وزير الخارجية عادل الجبير أمس في موسكو')]},
  {'participants': ['a1', 'a2'], 'place': 'موسكو', 'status': 'PLANNED',
   'evidence': [{'start': 14, 'end': 9999, 'text': t1[14:]}, {'start': -3, 'end': -1}]},
  {'participants': ['a4', 'a11'], 'mode': 'PHONE', 'status': 'POSSIBLE', 'time': '2016-06-18'},
  {'participants': ['a7', 'a1', 'a2'], 'place': {'name': 'الدوحة'}, 'status': 'PLANNED', 'time': {'value': '2015-08-03/2015-08-04'}},
  {'participants': ['a7', 'a1', 'a2'], 'place': {'name': 'الدوحة'}, 'status': 'PLANNED', 'time': {'value': '2015-08-03/2015-08-04'}},
  {'participants': [], 'status': 'OCCURRED'},
  {'participants': ['a13'], 'place': {'name': 'الرياض', 'country': 'SA'}, 'status': 'PLANNED', 'mode': 'UNKNOWN'},
  {'participants': ['a5', 'a7'], 'place': {'name': 'جدة', 'country': 'SA'}, 'status': 'OCCURRED', 'time': {'text': 'x'}}],
 'visits': [
  {'visitors': ['a1'], 'destination': {'name': 'العاصمة الروسية', 'country': 'ru'}, 'status': 'PLANNED', 'time': {'value': '2015-08-11'}},
  {'visitors': ['a4'], 'destination': 'موسكو', 'status': 'INVITED', 'invitedBy': 'a11'},
  {'visitors': ['a1'], 'destination': {'name': 'موسكو'}, 'status': 'PLANNED'},
  {'visitors': ['a2'], 'destination': {'name': 'الدوحة'}, 'status': 'OCCURRED'},
  {'visitors': ['a2'], 'destination': None, 'status': 'OCCURRED'},
  {'visitors': ['a7'], 'destination': {'name': 'الظهران', 'country': 'SA'}, 'status': 'OCCURRED', 'time': {'value': '٢٠١٥-08-02/2015-08-03'}}],
 'statements': [
  {'speaker': 'a1', 'content': 'أكد الوزير أن «العلاقات الثنائية» متينة', 'kind': 'REPORTED', 'via': 'a6',
   'time': {'value': '2015-08-11'}, 'evidence': [span(t1, 'وأكد الجبير أن العلاقات الثنائية متينة')]},
  {'speaker': 'a1', 'content': 'العلاقات الثنائية تشهد تطورا', 'kind': 'DIRECT'},
  {'speaker': 'a2', 'content': 'الأزمة السورية لا تحل إلا سياسيا', 'kind': 'direct',
   'evidence': [span(t1, 'الأزمة السورية لا تحل إلا سياسيا'), {'start': span(t1, '😀')['start'], 'end': span(t1, '😀')['start'] + 1}]},
  {'speaker': 'a99', 'content': 'مصادر مطلعة قالت ذلك', 'kind': 'REPORTED'},
  {'speaker': 'a2', 'content': 'قال: "نعم"\nثم\tمضى \\ بعيدا', 'kind': 'DIRECT'},
  {'content': 'نص طويل جدا ' * 12, 'kind': 'REPORTED'},
  {'speaker': 'a4', 'content': 'التعاون', 'kind': 'REPORTED'},
  {'speaker': 'a5', 'content': 'الشراكة الاستراتيجية', 'kind': 'REPORTED', 'via': 'a6', 'time': 'PRESENT_REF'},
  {'speaker': 'a5', 'content': 'الشراكة', 'kind': 'DIRECT', 'time': {'value': '2015-08-12'}}]}
emoji = span(t3, '😀')['start']
S3 = {'document': {'id': 'd3'}, 'id': 'ignored',
 'actors': [{'id': 'h', 'type': 'PERSON', 'name': 'عبدربه منصور هادي', 'roles': [{'title': 'رئيس الجمهورية', 'country': 'YE'}]},
            {'id': 'o', 'type': 'PERSON', 'name': 'إسماعيل ولد الشيخ أحمد'}],
 'meetings': [{'participants': ['h', 'o'], 'place': {'name': 'الرياض', 'country': 'SA'}, 'status': 'OCCURRED', 'mode': 'IN_PERSON',
   'evidence': [span(t3, 'استقبل الرئيس'),
                {'start': span(t3, 'استقبل')['start'], 'end': span(t3, 'استقبل')['end'], 'text': 'استقبال'},
                {'start': 100000, 'end': 100010, 'text': ''},
                {'start': -10, 'end': 100000, 'text': t3[-10:]},
                {'start': 20, 'end': 10, 'text': ''},
                {'start': emoji, 'end': emoji + 1},
                {'start': emoji + 1, 'end': emoji + 3},
                {'start': emoji, 'end': emoji + 2, 'text': '😀'},
                {'start': 1.0, 'end': 3, 'text': 'x'},
                {'start': 0},
                {'end': 3},
                {'start': 0, 'end': 3},
                {'start': True, 'end': 3, 'text': t3[1:3]},
                {'start': 0, 'end': 3, 'text': None},
                'not an object', [0, 3], None]}],
 'visits': [],
 'statements': [{'speaker': 'o', 'content': 'الحل السلمي ممكن', 'kind': 'REPORTED', 'evidence': 'abc'},
                {'speaker': 'o', 'content': 'شيء', 'kind': 'REPORTED', 'evidence': {'start': 0, 'end': 1}}]}
SX = {'document': {'id': 'extra'}, 'actors': [{'id': 'z', 'type': 'PERSON', 'name': 'زيد'}]}
S4 = {'id': 'out/d4.json', 'actors': [{'id': 1, 'type': 'PERSON', 'name': 'كيرى'}]}

def w(name, s): open(R + '/' + name, 'w', encoding='utf-8').write(s)
w('rules/gold.json', json.dumps(G, ensure_ascii=False, indent=1) + '\n')
w('rules/out.jsonl', '\n'.join(json.dumps(d, ensure_ascii=False) for d in [S1, SX, S3]) + '\n\n' + json.dumps(S4, ensure_ascii=False) + '\n')
# loader variants on the same gold
os.makedirs(R + '/formats', exist_ok=True)
w('formats/array.json', json.dumps([S3, S4], ensure_ascii=False, indent=2))
w('formats/documents.json', json.dumps({'documents': [S1, S3]}, ensure_ascii=False))
w('formats/single.json', json.dumps(S3, ensure_ascii=False, indent=1))
w('formats/empty.jsonl', '  \n\n')
w('formats/duplicate-ids.jsonl', json.dumps(S4, ensure_ascii=False) + '\n' + json.dumps({'document': {'id': 'd4'}}, ensure_ascii=False) + '\n')
