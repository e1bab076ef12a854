import { describe, expect, it } from 'vitest';
import { looksLikePersonName, parseAgenda } from '../../src/domain/agenda';
import { htmlToLines } from '../../src/domain/html';

const teamsFooterHtml = `
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="sv-SE" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;">
<div style="margin-top:24px;margin-bottom:20px;"><span style="font-size:24px;color:#252424">Microsoft Teams-möte</span></div>
<div style="margin-bottom:20px;"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Anslut på datorn, mobilappen eller rumsenheten</span></div>
<a class="me-email-headline" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d" target="_blank" rel="noreferrer noopener">Klicka här för att ansluta till mötet</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span class="me-email-text-secondary">Mötes-ID: </span><span class="me-email-text">123 456 789 012</span></div>
<div style="margin-bottom:4px"><span class="me-email-text-secondary">Lösenord: </span><span class="me-email-text">aB3cD4</span></div></div>
<div style="margin-bottom:12px;"><a href="https://www.microsoft.com/microsoft-teams/download-app">Ladda ned Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Anslut på webben</a></div>
<ol><li>This list is part of the footer</li></ol>
</div>
<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>`;

const outlookHtml = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} li > p { color: red }</style></head>
<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, sans-serif;">Hej alla!</div>
<div class="elementToProof">Välkomna till styrgruppens möte. F&ouml;rslag till dagordning:</div>
<ol data-editing-info="{&quot;orderedStyleType&quot;:1}" start="1">
<li style="font-family: Aptos;"><div class="elementToProof">Mötets öppnande och godkännande av dagordning</div></li>
<li><div>Val av justerare</div></li>
<li><div>F&ouml;reg&aring;ende protokoll</div></li>
<li><div>Budget 2026 &ndash; uppf&ouml;ljning, Per-Olof Sundstr&ouml;m</div>
  <ul><li>Prognos per kvartal</li><li>Förslag: 750&nbsp;000 kr till länsgemensamt arbete</li></ul></li>
<li><div>Psykisk h&auml;lsa, Johanna af Klint</div></li>
<li><div>Samverkansavtal, Region Norrvik</div></li>
<li><div>&Ouml;vriga fr&aring;gor</div></li>
<li><div>Mötets avslutande</div></li>
</ol>
<div class="elementToProof">Hälsningar<br>Maria Ek, Närvårdskontoret</div>
<br>${teamsFooterHtml}</body></html>`;

const wordParagraphsHtml = `<div class=WordSection1>
<p class=MsoNormal>Dagordning<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Mötets öppnande<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Barn och unga – nuläge, Karin Åberg-Lind<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span>3.<span>&nbsp;&nbsp; </span></span><!--[endif]-->Övriga frågor<o:p></o:p></p>
<script>alert('1. not agenda')</script>
</div>`;

const teamsText = `Hej,

Här kommer dagordningen.

1. Mötets öppnande
2) Föregående mötesanteckningar
§ 3 Hänt sedan sist, Göran Öberg
4. 13.30-14.00 Rapport från arbetsgruppen (Eva Holm)
    - underpunkt som inte är en egen punkt
5. Övriga frågor
6. Avslut och nästa möte

Välkomna!
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
1. Click here to join the meeting
Meeting ID: 362 123 456 789
Passcode: x9Y8z7
________________________________________________________________________________`;

describe('parseAgenda', () => {
  it('reads an Outlook HTML list, ignoring nested points, the greeting and the Teams footer', () => {
    expect(parseAgenda({ contentType: 'html', content: outlookHtml })).toEqual([
      { title: 'Mötets öppnande och godkännande av dagordning', kind: 'opening' },
      { title: 'Val av justerare', kind: 'adjuster' },
      { title: 'Föregående protokoll', kind: 'previous' },
      { title: 'Budget 2026 – uppföljning', presenter: 'Per-Olof Sundström', kind: 'regular' },
      { title: 'Psykisk hälsa', presenter: 'Johanna af Klint', kind: 'regular' },
      { title: 'Samverkansavtal, Region Norrvik', kind: 'regular' },
      { title: 'Övriga frågor', kind: 'other' },
      { title: 'Mötets avslutande', kind: 'closing' },
    ]);
  });

  it("reads Word's numbered paragraphs and skips script content", () => {
    expect(parseAgenda({ contentType: 'html', content: wordParagraphsHtml })).toEqual([
      { title: 'Mötets öppnande', kind: 'opening' },
      { title: 'Barn och unga – nuläge', presenter: 'Karin Åberg-Lind', kind: 'regular' },
      { title: 'Övriga frågor', kind: 'other' },
    ]);
  });

  it('reads a text body with mixed markers, times and presenters, stopping at the footer', () => {
    expect(parseAgenda({ contentType: 'text', content: teamsText })).toEqual([
      { title: 'Mötets öppnande', kind: 'opening' },
      { title: 'Föregående mötesanteckningar', kind: 'previous' },
      { title: 'Hänt sedan sist', presenter: 'Göran Öberg', kind: 'regular' },
      { title: 'Rapport från arbetsgruppen', presenter: 'Eva Holm', kind: 'regular' },
      { title: 'Övriga frågor', kind: 'other' },
      { title: 'Avslut och nästa möte', kind: 'closing' },
    ]);
  });

  it('reads bullets and English standard items', () => {
    const body =
      '• Welcome and approval of the agenda\n• Previous minutes\n• Care pathways, Anna Lind\n• Any other business\n• Closing of the meeting';
    expect(parseAgenda({ contentType: 'text', content: body }).map((i) => i.kind)).toEqual([
      'opening',
      'previous',
      'regular',
      'other',
      'closing',
    ]);
  });

  it('finds nothing in a body without an agenda', () => {
    expect(parseAgenda({ contentType: 'html', content: `<p>Hej! Vi ses på mötet.</p>${teamsFooterHtml}` })).toEqual([]);
    expect(parseAgenda({ contentType: 'text', content: '' })).toEqual([]);
  });
});

describe('htmlToLines', () => {
  it('survives quoted ">" in attributes, lone "<", numeric entities and unclosed comments', () => {
    expect(
      htmlToLines('<p title="a > b">x &lt; y &#229;&#xE4;&ouml; &bogus; 3 < 4</p><ul><li>A<li>B</ul><!-- open'),
    ).toEqual([
      { text: 'x < y åäö &bogus; 3 < 4', listDepth: 0 },
      { text: 'A', listDepth: 1 },
      { text: 'B', listDepth: 1 },
    ]);
  });
});

describe('looksLikePersonName', () => {
  it.each([
    ['Johanna Carlsson', true],
    ['Charlotte Bliesener Falkenström', true],
    ['Per-Olof Sundström', true],
    ['Åsa Öberg', true],
    ['Region Norrvik', false],
    ['uppföljning', false],
    ['Budget 2026', false],
    ['Anna', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikePersonName(text)).toBe(expected);
  });
});
