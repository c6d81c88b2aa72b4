"""Self-check for the heldout2 set: JSON parses, text == slice, no overlaps, known types."""
import json,glob,sys,collections
TYPES={'onset_time','dose','dose_range','sample_size','percentage','duration','frequency_schedule','route','study_attribution','other_quantity'}
bad=0; tot=collections.Counter(); bl=collections.Counter()
for md in sorted(glob.glob("[0-9][0-9]_*.md")):
    art=open(md,encoding='utf-8').read()
    raw=open(md,'rb').read()
    if not raw.endswith(b'\n') or raw.endswith(b'\n\n'): print(md,'final newline problem'); bad+=1
    items=json.load(open(md[:-3]+'.json',encoding='utf-8'))
    prev=None
    for it in sorted(items,key=lambda x:(x['start'],x['end'])):
        if it['type'] not in TYPES: print(md,'type',it); bad+=1
        for a in it.get('alt_types',[]):
            if a not in TYPES: print(md,'alt',it); bad+=1
        if art[it['start']:it['end']]!=it['text']: print(md,'slice',it); bad+=1
        if it['text']!=it['text'].strip(): print(md,'whitespace',it); bad+=1
        if prev and it['start']<prev['end']: print(md,'overlap',prev['text'],it['text']); bad+=1
        prev=it
        (bl if it.get('borderline') else tot)[it['type']]+=1
    print(f"{md}: {len(art)} chars, {len(items)} claims ({sum(1 for i in items if i.get('borderline'))} borderline)")
print('non-borderline',sum(tot.values()),dict(tot.most_common()))
print('borderline',sum(bl.values()),dict(bl.most_common()))
print('problems',bad); sys.exit(1 if bad else 0)
