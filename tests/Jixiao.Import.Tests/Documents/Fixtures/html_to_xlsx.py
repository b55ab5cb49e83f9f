#!/usr/bin/python3
"""Writes the tables of an HTML page into one worksheet with openpyxl, as a clerk pasting a form into Excel would:
each table right under the previous one (as a browser shows them), spans merged, numbers typed as numbers (percentages as
percentages), text outside tables (title, unit line) as single cells above the table that follows it.
usage: html_to_xlsx.py IN.html OUT.xlsx"""
import re, sys
from html.parser import HTMLParser
from openpyxl import Workbook

class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items, self.table, self.row, self.cell, self.text, self.skip, self.lists = [], None, None, None, None, 0, []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ('style', 'script', 'title', 'head'): self.skip += 1
        elif tag == 'table': self.table = []
        elif tag == 'tr' and self.table is not None: self.row = []
        elif tag in ('td', 'th') and self.row is not None:
            self.cell = [int(a.get('rowspan', 1)), int(a.get('colspan', 1)), []]
        elif tag == 'br' and self.cell is not None: self.cell[2].append('\n')
        elif tag == 'ol': self.lists.append(int(a.get('start', 1)))
        elif tag == 'ul': self.lists.append(None)
        elif tag == 'li' and self.table is None:
            # as a browser copies a list: its number (or bullet) before the item
            n = self.lists[-1] if self.lists else None
            self.text = [f'{n}. ' if n is not None else '• ']
            if n is not None: self.lists[-1] = n + 1
        elif tag in ('p', 'h1', 'h2', 'h3', 'h4', 'div') and self.table is None and self.text is None: self.text = []
    def handle_endtag(self, tag):
        if tag in ('style', 'script', 'title', 'head'): self.skip -= 1
        elif tag in ('td', 'th') and self.cell is not None:
            self.row.append((self.cell[0], self.cell[1], ''.join(self.cell[2]).strip())); self.cell = None
        elif tag == 'tr' and self.row is not None: self.table.append(self.row); self.row = None
        elif tag == 'table' and self.table is not None: self.items.append(('table', self.table)); self.table = None
        elif tag in ('ol', 'ul') and self.lists: self.lists.pop()
        elif tag in ('p', 'h1', 'h2', 'h3', 'h4', 'div', 'li') and self.text is not None:
            t = ''.join(self.text).strip()
            if t: self.items.append(('text', t))
            self.text = None
    def handle_data(self, data):
        if self.skip: return
        if self.cell is not None: self.cell[2].append(data)
        elif self.text is not None: self.text.append(data)

def value(text):
    t = text.replace(',', '')
    if re.fullmatch(r'-?\d+(\.\d+)?', t): return float(t) if '.' in t else int(t), None
    m = re.fullmatch(r'(-?\d+)(\.(\d+))?%', t)
    if m: return float(t[:-1]) / 100, '0' + ('.' + '0' * len(m.group(3)) if m.group(3) else '') + '%'  # as many decimals as printed
    return text, None

page = Page(); page.feed(open(sys.argv[1], encoding='utf-8').read())
book = Workbook(); sheet = book.active; sheet.title = '自评表'
r = 1
for kind, item in page.items:
    if kind == 'text':
        sheet.cell(r, 1, item); r += 1; continue
    taken = set()
    for row in item:
        c = 1
        for rowspan, colspan, text in row:
            while (r, c) in taken: c += 1
            v, fmt = value(text)
            if text:
                cell = sheet.cell(r, c, v)
                if fmt: cell.number_format = fmt
            if rowspan > 1 or colspan > 1:
                sheet.merge_cells(start_row=r, start_column=c, end_row=r + rowspan - 1, end_column=c + colspan - 1)
            for dr in range(rowspan):
                for dc in range(colspan): taken.add((r + dr, c + dc))
            c += colspan
        r += 1
book.save(sys.argv[2])
