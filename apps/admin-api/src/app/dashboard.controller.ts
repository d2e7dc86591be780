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

/**
 * The page polls GET /api/health, /api/servers and /api/metrics every `refresh` ms (default 2000,
 * `/?refresh=1000` to change it) and rewrites the tables in place; tables and regions every fifth
 * round. A drain asks for the admin token once and keeps it in sessionStorage.
 */
const DASHBOARD_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hbase-compat cluster</title>
<style>
body{font:14px system-ui,sans-serif;margin:2rem;color:#1d2330;background:#f6f7f9}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:2rem}
table{border-collapse:collapse;background:#fff;min-width:40rem}
th,td{padding:.35rem .7rem;border-bottom:1px solid #e3e6ea;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#eef1f4}.ok{color:#137333;font-weight:600}.bad{color:#b3261e;font-weight:600}
.bar{display:inline-block;height:.7rem;background:#5b8def;vertical-align:middle}
small{color:#667}
</style></head><body>
<h1>hbase-compat cluster <small id="stamp"></small></h1>
<div id="health"></div>
<h2>Servers</h2><table id="servers"><thead><tr><th>server</th><th>state</th><th>master</th><th>connections</th><th>in flight</th><th>requests/s</th><th>errors/s</th><th>p99 ms</th><th>scan-index lag (records / s)</th><th>storage</th><th>ZooKeeper</th><th></th></tr></thead><tbody></tbody></table>
<p><small id="rates">rates: from two successive scrapes of each node's metrics</small></p>
<h2>Tables</h2><table id="tables"><thead><tr><th>table</th><th>state</th><th>families</th><th>regions</th></tr></thead><tbody></tbody></table>
<h2>Regions per server</h2><table id="spread"><thead><tr><th>server</th><th>regions</th><th></th></tr></thead><tbody></tbody></table>
<p><small>REST API: <a href="/api/docs">/api/docs</a> (OpenAPI)</small></p>
<script>
const esc=s=>String(s??'').replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
const num=(v,d)=>v===undefined||v===null?'–':Number(v).toFixed(d);
const auth=()=>{const t=sessionStorage.getItem('adminToken');return t?{authorization:'Bearer '+t}:{}};
async function j(u){const r=await fetch(u,{headers:auth()});if(!r.ok)throw new Error(u+': '+r.status);return r.json()}
const every=Math.max(250,Number(new URLSearchParams(location.search).get('refresh'))||2000);
let round=0;
function serverRow(s,m){
  m=m||{};
  return '<tr data-server="'+esc(s.serverName)+'"><td>'+esc(s.serverName)+'</td><td class="'+(s.state==='serving'?'ok':'bad')+'">'+esc(s.state)+'</td><td>'+(s.activeMaster?'active':'')+'</td>'
    +'<td class="n">'+s.openConnections+'</td><td class="n">'+s.inflightCalls+'</td><td class="n rps">'+num(m.requestsPerSecond,1)+'</td><td class="n eps">'+num(m.errorsPerSecond,1)+'</td>'
    +'<td class="n p99">'+num(m.p99Ms,2)+'</td><td class="n lag">'+num(m.scanIndexLag,0)+(m.scanIndexLagSeconds===undefined||m.scanIndexLagSeconds===null?'':' / '+num(m.scanIndexLagSeconds,1))+'</td><td>'+esc(s.storageEngine)+'</td><td>'+esc(s.zookeeperState)+'</td>'
    +'<td>'+(s.state==='serving'?'<button data-drain="'+esc(s.serverName)+'">drain</button>':'')+'</td></tr>';
}
async function refreshTables(){
  const tables=await j('/api/tables');
  document.querySelector('#tables tbody').innerHTML=tables.map(t=>'<tr><td>'+esc(t.name)+'</td><td>'+esc(t.state)+'</td><td>'+esc(t.families.join(', '))+'</td><td>'+t.regions+'</td></tr>').join('');
  const counts={};
  for(const t of tables){const regions=await j('/api/tables/'+encodeURIComponent(t.name)+'/regions');for(const r of regions)counts[r.server]=(counts[r.server]||0)+1}
  const max=Math.max(1,...Object.values(counts));
  document.querySelector('#spread tbody').innerHTML=Object.entries(counts).map(([s,n])=>'<tr><td>'+esc(s)+'</td><td>'+n+'</td><td><span class="bar" style="width:'+(200*n/max)+'px"></span></td></tr>').join('');
}
async function refresh(){
  try{
    const [h,servers,metrics]=await Promise.all([j('/api/health'),j('/api/servers'),j('/api/metrics')]);
    const byName=new Map(metrics.servers.filter(m=>m.serverName).map(m=>[m.serverName,m]));
    document.getElementById('health').innerHTML='Cluster: <span class="'+(h.status==='ok'?'ok':'bad')+'">'+esc(h.status)+'</span>';
    document.querySelector('#servers tbody').innerHTML=servers.map(s=>serverRow(s,byName.get(s.serverName))).join('');
    const gap=metrics.servers.find(m=>m.intervalSeconds);
    document.getElementById('rates').textContent='rates over the last '+(gap?gap.intervalSeconds.toFixed(1):'–')+' s between two scrapes of each node; page refreshes every '+every/1000+' s';
    if(round++%5===0)await refreshTables();
    document.getElementById('stamp').textContent='updated '+new Date().toLocaleTimeString();
  }catch(e){document.getElementById('health').innerHTML='<span class="bad">'+esc(e.message)+'</span>'}
}
async function drain(server,again){
  const r=await fetch('/api/servers/'+encodeURIComponent(server)+'/drain',{method:'POST',headers:auth()});
  if(r.status===401&&!again){const t=prompt('Admin token (hbase.compat.admin.token):');if(t){sessionStorage.setItem('adminToken',t);return drain(server,true)}}
  alert(r.ok?server+' is draining':'drain refused: '+(await r.json()).message);
}
document.addEventListener('click',async e=>{
  const server=e.target.dataset&&e.target.dataset.drain;
  if(!server||!confirm('Drain '+server+'? It leaves the cluster, finishes its calls and exits.'))return;
  await drain(server,false);refresh();
});
refresh();setInterval(refresh,every);
</script></body></html>`;
