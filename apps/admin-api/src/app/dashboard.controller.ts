import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';

/** A small self-refreshing dashboard over the REST API (no build step, no external assets). */
@ApiExcludeController()
@Controller()
export class DashboardController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return DASHBOARD_HTML;
  }
}

const DASHBOARD_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hbase-compat cluster</title>
<style>
body{font:14px system-ui,sans-serif;margin:2rem;color:#1d2330;background:#f6f7f9}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:2rem}
table{border-collapse:collapse;background:#fff;min-width:40rem}
th,td{padding:.35rem .7rem;border-bottom:1px solid #e3e6ea;text-align:left}
th{background:#eef1f4}.ok{color:#137333;font-weight:600}.bad{color:#b3261e;font-weight:600}
.bar{display:inline-block;height:.7rem;background:#5b8def;vertical-align:middle}
small{color:#667}
</style></head><body>
<h1>hbase-compat cluster <small id="stamp"></small></h1>
<div id="health"></div>
<h2>Servers</h2><table id="servers"><thead><tr><th>server</th><th>state</th><th>master</th><th>connections</th><th>in flight</th><th>storage</th><th>ZooKeeper</th><th></th></tr></thead><tbody></tbody></table>
<h2>Tables</h2><table id="tables"><thead><tr><th>table</th><th>state</th><th>families</th><th>regions</th></tr></thead><tbody></tbody></table>
<h2>Regions per server</h2><table id="spread"><thead><tr><th>server</th><th>regions</th><th></th></tr></thead><tbody></tbody></table>
<p><small>REST API: <a href="/api/docs">/api/docs</a> (OpenAPI)</small></p>
<script>
const esc=s=>String(s??'').replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
async function j(u){const r=await fetch(u);if(!r.ok)throw new Error(u+': '+r.status);return r.json()}
async function refresh(){
  try{
    const [h,servers,tables]=await Promise.all([j('/api/health'),j('/api/servers'),j('/api/tables')]);
    document.getElementById('health').innerHTML='Cluster: <span class="'+(h.status==='ok'?'ok':'bad')+'">'+esc(h.status)+'</span>';
    document.querySelector('#servers tbody').innerHTML=servers.map(s=>'<tr><td>'+esc(s.serverName)+'</td><td class="'+(s.state==='serving'?'ok':'bad')+'">'+esc(s.state)+'</td><td>'+(s.activeMaster?'active':'')+'</td><td>'+s.openConnections+'</td><td>'+s.inflightCalls+'</td><td>'+esc(s.storageEngine)+'</td><td>'+esc(s.zookeeperState)+'</td><td>'+(s.state==='serving'?'<button data-drain="'+esc(s.serverName)+'">drain</button>':'')+'</td></tr>').join('');
    document.querySelector('#tables tbody').innerHTML=tables.map(t=>'<tr><td>'+esc(t.name)+'</td><td>'+esc(t.state)+'</td><td>'+esc(t.families.join(', '))+'</td><td>'+t.regions+'</td></tr>').join('');
    const counts={};
    for(const t of tables){const regions=await j('/api/tables/'+encodeURIComponent(t.name)+'/regions');for(const r of regions)counts[r.server]=(counts[r.server]||0)+1}
    const max=Math.max(1,...Object.values(counts));
    document.querySelector('#spread tbody').innerHTML=Object.entries(counts).map(([s,n])=>'<tr><td>'+esc(s)+'</td><td>'+n+'</td><td><span class="bar" style="width:'+(200*n/max)+'px"></span></td></tr>').join('');
    document.getElementById('stamp').textContent='updated '+new Date().toLocaleTimeString();
  }catch(e){document.getElementById('health').innerHTML='<span class="bad">'+esc(e.message)+'</span>'}
}
document.addEventListener('click',async e=>{
  const server=e.target.dataset&&e.target.dataset.drain;
  if(!server||!confirm('Drain '+server+'? It leaves the cluster, finishes its calls and exits.'))return;
  const r=await fetch('/api/servers/'+encodeURIComponent(server)+'/drain',{method:'POST'});
  alert(r.ok?server+' is draining':'drain refused: '+(await r.json()).message);refresh();
});
refresh();setInterval(refresh,5000);
</script></body></html>`;
