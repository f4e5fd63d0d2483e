#!/usr/bin/env python3
"""Writes ml-steps.en.svg and ml-steps.km.svg: the seven steps of building a machine learning
model (lesson how-machines-learn). Render them to PNG with render-ml-steps.sh."""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
W, H = 1200, 560

LABELS = {
    "en": {
        "title": "How a machine learning model is built",
        "steps": ["Define the problem", "Collect data", "Label the data", "Split the data",
                  "Train", "Test", "Use and monitor"],
        "notes": ["What should it predict?", "Many varied examples", "Experts mark the answers",
                  "Training data + test data", "Guess, compare, adjust", "New, unseen examples",
                  "Keep checking over time"],
        "loop": "repeat many times",
        "back": "new data when the world changes",
        "font": "Noto Sans, sans-serif",
        "stepsize": 20,
    },
    "km": {
        "title": "របៀបកសាងគំរូការរៀនរបស់ម៉ាស៊ីន",
        "steps": ["កំណត់បញ្ហា", "ប្រមូលទិន្នន័យ", "ដាក់ស្លាក", "ចែកទិន្នន័យ",
                  "បណ្តុះបណ្តាល", "ធ្វើតេស្ត", "ប្រើប្រាស់ និងតាមដាន"],
        "notes": ["ត្រូវព្យាករណ៍អ្វី?", "ឧទាហរណ៍ច្រើន និងចម្រុះ", "អ្នកជំនាញកត់ចម្លើយ",
                  "ទិន្នន័យបណ្តុះបណ្តាល + តេស្ត", "ស្មាន ប្រៀបធៀប កែតម្រូវ", "ឧទាហរណ៍ថ្មីដែលមិនធ្លាប់ឃើញ",
                  "បន្តពិនិត្យតាមពេលវេលា"],
        "loop": "ធ្វើឡើងវិញរាប់លានដង",
        "back": "ទិន្នន័យថ្មី ពេលពិភពលោកប្រែប្រួល",
        "font": "Noto Sans Khmer, Noto Sans, sans-serif",
        "stepsize": 22,
    },
}
DIGITS = {"en": "1234567", "km": "១២៣៤៥៦៧"}

def svg(lang: str) -> str:
    L = LABELS[lang]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
           '<rect width="100%" height="100%" fill="#ffffff"/>',
           '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">'
           '<path d="M0,0 L10,5 L0,10 z" fill="#1f4e79"/></marker></defs>',
           f'<text x="{W/2}" y="52" text-anchor="middle" font-family="{L["font"]}" font-size="30" font-weight="700" fill="#1f2937">{L["title"]}</text>']
    # two rows: steps 1-4 on top, 5-7 below (right to left continues as a snake)
    bw, bh = 240, 130
    top = [(60 + i * 280, 110) for i in range(4)]
    bottom = [(900 - i * 280, 330) for i in range(3)]
    pos = top + bottom
    for i, (x, y) in enumerate(pos):
        fill = "#e8f1fb" if i != 4 else "#fff4d6"
        out.append(f'<rect x="{x}" y="{y}" width="{bw}" height="{bh}" rx="16" fill="{fill}" stroke="#1f4e79" stroke-width="2.5"/>')
        out.append(f'<circle cx="{x+30}" cy="{y+30}" r="18" fill="#1f4e79"/>')
        out.append(f'<text x="{x+30}" y="{y+38}" text-anchor="middle" font-family="{L["font"]}" font-size="20" font-weight="700" fill="#ffffff">{DIGITS[lang][i]}</text>')
        out.append(f'<text x="{x+bw/2+12}" y="{y+72}" text-anchor="middle" font-family="{L["font"]}" font-size="{L["stepsize"]}" font-weight="700" fill="#111827">{L["steps"][i]}</text>')
        out.append(f'<text x="{x+bw/2}" y="{y+108}" text-anchor="middle" font-family="{L["font"]}" font-size="16" fill="#374151">{L["notes"][i]}</text>')
    # arrows along the row
    for i in range(3):
        x, y = top[i]
        out.append(f'<line x1="{x+bw+4}" y1="{y+bh/2}" x2="{x+280-6}" y2="{y+bh/2}" stroke="#1f4e79" stroke-width="3" marker-end="url(#a)"/>')
    x, y = top[3]
    out.append(f'<line x1="{x+bw/2}" y1="{y+bh+4}" x2="{x+bw/2}" y2="{330-6}" stroke="#1f4e79" stroke-width="3" marker-end="url(#a)"/>')
    for i in range(2):
        x, y = bottom[i]
        out.append(f'<line x1="{x-4}" y1="{y+bh/2}" x2="{x-40+6}" y2="{y+bh/2}" stroke="#1f4e79" stroke-width="3" marker-end="url(#a)"/>')
    # training loop
    x, y = bottom[0]
    out.append(f'<path d="M{x+70},{y+bh+4} C{x+70},{y+bh+60} {x+170},{y+bh+60} {x+170},{y+bh+6}" fill="none" stroke="#b45309" stroke-width="3" marker-end="url(#a)"/>')
    out.append(f'<text x="{x+120}" y="{y+bh+76}" text-anchor="middle" font-family="{L["font"]}" font-size="16" fill="#b45309">{L["loop"]}</text>')
    # feedback from "use and monitor" back to "collect data"
    x6, y6 = bottom[2]
    x2, y2 = top[1]
    out.append(f'<path d="M{x6+bw/2},{y6-4} C{x6+bw/2},{y6-60} {x2+bw/2},{y2+bh+60} {x2+bw/2},{y2+bh+6}" fill="none" stroke="#6b7280" stroke-width="2.5" stroke-dasharray="8 6" marker-end="url(#a)"/>')
    out.append(f'<text x="{x2+bw/2+16}" y="{(y6+y2+bh)/2+6}" text-anchor="start" font-family="{L["font"]}" font-size="16" fill="#4b5563">{L["back"]}</text>')
    out.append('</svg>')
    return "\n".join(out)

for lang in LABELS:
    (HERE / f"ml-steps.{lang}.svg").write_text(svg(lang), encoding="utf-8")
    print("wrote", f"ml-steps.{lang}.svg")
