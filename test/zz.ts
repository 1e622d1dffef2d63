import { Testing } from 'cdktf';
import { VsphereProdStack } from '../examples/vsphere/stack';
const c = JSON.parse(Testing.synth(new VsphereProdStack(Testing.app(), 'x'), true));
console.log(Object.keys(c.resource.vsphere_virtual_machine).length, Object.keys(c.variable));
for (const vm of Object.values(c.resource.vsphere_virtual_machine) as any[]) console.log(vm.name, vm.extra_config['guestinfo.userdata'].slice(0, 80));
