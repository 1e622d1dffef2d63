"""Reads a VM's guestinfo with cloud-init's own VMware datasource and prints what it found.

usage: vmware-datasource.py EXTRA_CONFIG_JSON envvar|guestinfo [RPCTOOL]
envvar: the values as VMX_GUESTINFO_* environment variables (the datasource's env transport);
guestinfo: through RPCTOOL, a stand-in for open-vm-tools' vmware-rpctool, on a platform that
reports itself as VMware (the transport a real VM uses, which also redacts what metadata names).
"""
import json
import os
import sys

from cloudinit import dmi, helpers
from cloudinit.sources import DataSourceVMware as vmware

values = json.load(open(sys.argv[1]))
mode = sys.argv[2]
if mode == "envvar":
    os.environ["VMX_GUESTINFO"] = "1"
    for key, value in values.items():
        os.environ[vmware.get_guestinfo_envvar_key_name(key[len("guestinfo."):])] = value
source = vmware.DataSourceVMware(sys_cfg={}, distro=None, paths=helpers.Paths({}))
if mode == "guestinfo":
    dmi.read_dmi_data = lambda key: "VMware Virtual Platform" if key == "system-product-name" else None
    source.vmware_rpctool = sys.argv[3]
found = source._get_data()
print(
    json.dumps(
        {
            "found": found,
            "subplatform": source._get_subplatform(),
            "instance_id": source.get_instance_id(),
            "metadata": {k: v for k, v in source.metadata.items() if k != "network"},
            "network_config": source.network_config,
            "userdata": source.userdata_raw,
        }
    )
)
